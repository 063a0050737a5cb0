package org.campaigntracker.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.CONTACT_POINT;

import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactPointServiceTest {

    private Tracker tracker;
    private ContactPointService contacts;
    private StakeholderService stakeholders;
    private long caf;
    private Stakeholder defenseur;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        contacts = tracker.contactPoints();
        stakeholders = tracker.stakeholders();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        defenseur = stakeholders.add(caf,
                StakeholderDraft.organisation("Défenseur des droits", StakeholderCategory.intermediate_target));
    }

    @Test
    void addsListsUpdatesAndDeletesContactPoints() {
        ContactPoint site = contacts.add(caf, defenseur.id(),
                new ContactPointDraft(ContactKind.website, " https://www.defenseurdesdroits.fr ", "site", true));
        ContactPoint phone = contacts.add(caf, defenseur.id(),
                new ContactPointDraft(ContactKind.phone, "09 69 39 00 00", "standard", true));
        ContactPoint press = contacts.add(caf, defenseur.id(), ContactPointDraft.of(ContactKind.email, "presse@example.org"));

        assertThat(site.value()).isEqualTo("https://www.defenseurdesdroits.fr");
        assertThat(contacts.get(caf, phone.id())).isEqualTo(phone);
        assertThat(contacts.list(caf, defenseur.id())).containsExactly(press, phone, site);

        ContactPoint relabelled = contacts.update(caf, press.id(), press.version(),
                new ContactPointDraft(ContactKind.email, "presse@example.org", "press desk", true));
        assertThat(relabelled.version()).isEqualTo(2);
        assertThat(relabelled.label()).isEqualTo("press desk");
        assertThat(relabelled.primary()).isTrue();

        contacts.delete(caf, phone.id(), phone.version());
        assertThat(contacts.list(caf, defenseur.id())).containsExactly(relabelled, site);
    }

    @Test
    void checksTheEmailFormatInCore() {
        assertThatThrownBy(() -> ContactPointDraft.of(ContactKind.email, "contact at defenseur"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("value:format"))
                .hasMessage("value has the wrong format (example: name@example.org)");
        assertThat(ContactPointDraft.of(ContactKind.other, "contact at defenseur").value()).isEqualTo("contact at defenseur");
        assertThatThrownBy(() -> new ContactPointDraft(null, " ", null, false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("kind is required; value is required");
    }

    @Test
    void aSecondPrimaryOfTheSameKindIsAConflict() {
        contacts.add(caf, defenseur.id(), new ContactPointDraft(ContactKind.email, "presse@example.org", null, true));
        ContactPoint second = contacts.add(caf, defenseur.id(), ContactPointDraft.of(ContactKind.email, "info@example.org"));

        assertThatThrownBy(() -> contacts.update(caf, second.id(), second.version(),
                new ContactPointDraft(ContactKind.email, "info@example.org", null, true)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this stakeholder already has a primary contact of this kind");
        assertThat(contacts.get(caf, second.id())).isEqualTo(second);
        // A primary of another kind is fine.
        assertThat(contacts.add(caf, defenseur.id(), new ContactPointDraft(ContactKind.phone, "09 69 39 00 00", null, true))
                .primary()).isTrue();
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        ContactPoint phone = contacts.add(caf, defenseur.id(), ContactPointDraft.of(ContactKind.phone, "09 69 39 00 00"));
        contacts.update(caf, phone.id(), phone.version(), new ContactPointDraft(ContactKind.phone, "09 69 39 00 00",
                "standard", false));

        assertThatThrownBy(() -> contacts.update(caf, phone.id(), phone.version(), phone.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> contacts.delete(caf, phone.id(), phone.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(contacts.get(caf, phone.id()).label()).isEqualTo("standard");
    }

    @Test
    void anotherCampaignCannotSeeOrChangeContactPoints() {
        ContactPoint phone = contacts.add(caf, defenseur.id(), ContactPointDraft.of(ContactKind.phone, "09 69 39 00 00"));
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> contacts.get(other, phone.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.update(other, phone.id(), 1, phone.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.delete(other, phone.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.list(other, defenseur.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> contacts.add(other, defenseur.id(), phone.toDraft()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no stakeholder matches “" + defenseur.id() + "”");
        assertThat(contacts.list(caf, defenseur.id())).containsExactly(phone);
    }

    @Test
    void deletingTheStakeholderDeletesItsContactPoints() {
        ContactPoint phone = contacts.add(caf, defenseur.id(), ContactPointDraft.of(ContactKind.phone, "09 69 39 00 00"));
        stakeholders.delete(caf, defenseur.id(), defenseur.version());

        assertThatThrownBy(() -> contacts.get(caf, phone.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theDatabaseItselfRefusesBadRows() {
        // Bypasses core validation: the rules must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(CONTACT_POINT)
                .set(CONTACT_POINT.STAKEHOLDER_ID, defenseur.id())
                .set(CONTACT_POINT.KIND, org.campaigntracker.db.jooq.enums.ContactKind.email)
                .set(CONTACT_POINT.VALUE, "  ").execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("contact_point_value_not_blank");
        for (String phone : new String[] {"09 69 39 00 00", "01 53 29 22 00"}) {
            tracker.dsl().insertInto(CONTACT_POINT).set(CONTACT_POINT.STAKEHOLDER_ID, defenseur.id())
                    .set(CONTACT_POINT.KIND, org.campaigntracker.db.jooq.enums.ContactKind.phone)
                    .set(CONTACT_POINT.VALUE, phone).execute();
        }
        assertThatThrownBy(() -> tracker.dsl().update(CONTACT_POINT).set(CONTACT_POINT.IS_PRIMARY, true).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("contact_point_one_primary");
    }

    @Test
    void theRepositoryTranslatesDatabaseRefusals() {
        ContactPointRepository repo = new ContactPointRepository(tracker.dsl(), tracker.sealer());
        repo.insert(defenseur.id(), new ContactPointDraft(ContactKind.email, "presse@example.org", null, true));

        assertThatThrownBy(() -> repo.insert(defenseur.id(),
                new ContactPointDraft(ContactKind.email, "info@example.org", null, true)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this stakeholder already has a primary contact of this kind");
        assertThatThrownBy(() -> repo.insert(defenseur.id() + 1000, ContactPointDraft.of(ContactKind.phone, "01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refers to something that does not exist");
    }
}
