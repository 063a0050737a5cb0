package org.campaigntracker.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.MEMBER;

import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.AmbiguousNameException;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberServiceTest {

    private Tracker tracker;
    private MemberService members;
    private StakeholderService stakeholders;
    private long caf;
    private Stakeholder secours;
    private Member valerie;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        members = tracker.members();
        stakeholders = tracker.stakeholders();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        secours = stakeholders.add(caf, StakeholderDraft.organisation("Secours catholique", StakeholderCategory.ally));
        valerie = members.add(caf, new MemberDraft("Valérie", MemberKind.coordinator, null, "Changer de Cap"));
    }

    @Test
    void addsReadsListsUpdatesAndDeletesMembers() {
        Member didier = members.add(caf, MemberDraft.of("Didier", MemberKind.coordinator));
        Member claire = members.add(caf, new MemberDraft("Claire", MemberKind.partner_staff, secours.id(), null));
        Member isabelle = members.add(caf, MemberDraft.of("Isabelle", MemberKind.beneficiary));

        assertThat(members.get(caf, claire.id())).isEqualTo(claire);
        assertThat(claire.organisationId()).isEqualTo(secours.id());
        assertThat(members.list(caf)).extracting(Member::displayName)
                .containsExactly("Claire", "Didier", "Isabelle", "Valérie");

        Member adviser = members.update(caf, didier.id(), didier.version(),
                new MemberDraft("Didier Minot", MemberKind.adviser, null, "founder of Changer de Cap"));
        assertThat(adviser.version()).isEqualTo(2);
        assertThat(adviser.kind()).isEqualTo(MemberKind.adviser);

        members.delete(caf, isabelle.id(), isabelle.version());
        assertThat(members.list(caf)).containsExactly(claire, adviser, valerie);
    }

    @Test
    void findsByPartialName() {
        members.add(caf, MemberDraft.of("Valentin", MemberKind.beneficiary));

        assertThat(members.find(caf, "valerie")).isEqualTo(valerie);
        assertThatThrownBy(() -> members.find(caf, "val"))
                .isInstanceOfSatisfying(AmbiguousNameException.class,
                        e -> assertThat(e.candidates()).containsExactlyInAnyOrder("Valentin", "Valérie"));
        assertThatThrownBy(() -> members.find(caf, "isabelle"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no member matches “isabelle”");
    }

    @Test
    void validatesTheDraft() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new MemberDraft(" ", null, null, null));
        assertThat(e.violations()).extracting(v -> v.field() + ":" + v.rule())
                .containsExactly("name:required", "kind:required");
        assertThat(e.getMessage()).isEqualTo("name is required; kind is required");
        assertThat(e.message(Locale.FRENCH)).isEqualTo("nom est obligatoire; type est obligatoire");
    }

    @Test
    void theSameNameTwiceIsAConflict() {
        assertThatThrownBy(() -> members.add(caf, MemberDraft.of("  VALERIE ", MemberKind.volunteer)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a member with this name already exists");
        assertThat(members.list(caf)).containsExactly(valerie);
    }

    @Test
    void theOrganisationMustBeAnOrganisationOfTheCampaign() {
        Stakeholder grivel = stakeholders.add(caf, StakeholderDraft.person("Nicolas Grivel", null, null, null));
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Stakeholder cgt = stakeholders.add(other, StakeholderDraft.organisation("CGT", null));

        assertThatThrownBy(() -> members.add(caf, new MemberDraft("Claire", MemberKind.partner_staff, grivel.id(), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("organisation must be an organisation, not a person");
        assertThatThrownBy(() -> members.update(caf, valerie.id(), valerie.version(),
                new MemberDraft("Valérie", MemberKind.coordinator, cgt.id(), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("organisation refers to something that does not exist in this campaign");
        assertThat(members.get(caf, valerie.id())).isEqualTo(valerie);
    }

    @Test
    void deletingTheOrganisationKeepsTheMember() {
        Member claire = members.add(caf, new MemberDraft("Claire", MemberKind.partner_staff, secours.id(), null));
        stakeholders.delete(caf, secours.id(), secours.version());

        assertThat(members.get(caf, claire.id()).organisationId()).isNull();
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        members.update(caf, valerie.id(), valerie.version(), MemberDraft.of("Valérie", MemberKind.volunteer));

        assertThatThrownBy(() -> members.update(caf, valerie.id(), valerie.version(), valerie.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> members.delete(caf, valerie.id(), valerie.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(members.get(caf, valerie.id()).kind()).isEqualTo(MemberKind.volunteer);
    }

    @Test
    void anotherCampaignCannotSeeOrChangeMembers() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> members.get(other, valerie.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.update(other, valerie.id(), 1, valerie.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.delete(other, valerie.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(members.list(other)).isEmpty();
        // Names are unique per campaign only.
        assertThat(members.add(other, MemberDraft.of("Valérie", MemberKind.adviser)).campaignId()).isEqualTo(other);
    }

    @Test
    void theDatabaseItselfRefusesBadRows() {
        // Bypasses core validation: the rules must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(MEMBER).set(MEMBER.CAMPAIGN_ID, caf)
                .set(MEMBER.DISPLAY_NAME, "  ").set(MEMBER.NAME_KEY, "x")
                .set(MEMBER.KIND, org.campaigntracker.db.jooq.enums.MemberKind.volunteer).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("member_display_name_not_blank");
        assertThatThrownBy(() -> tracker.dsl().insertInto(MEMBER).set(MEMBER.CAMPAIGN_ID, caf)
                .set(MEMBER.DISPLAY_NAME, "VALERIE").set(MEMBER.NAME_KEY, "valerie")
                .set(MEMBER.KIND, org.campaigntracker.db.jooq.enums.MemberKind.volunteer).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("member_name_key");
    }

    @Test
    void theRepositoryTranslatesDatabaseRefusals() {
        MemberRepository repo = new MemberRepository(tracker.dsl());
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> repo.insert(caf, MemberDraft.of("valérie", MemberKind.volunteer)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("a member with this name already exists");
        assertThatThrownBy(() -> repo.insert(other, new MemberDraft("Claire", MemberKind.partner_staff, secours.id(),
                null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("organisation"))
                .hasMessage("organisation refers to something that does not exist in this campaign");
    }

    @Test
    void aMembersContactIsSealedAtRestAndOpenedForTheTeam() {
        Member valerie = tracker.members().add(caf, MemberDraft.of("Valérie Martin", MemberKind.coordinator)
                .withContact("  valerie@changerdecap.example, 06 12 34 56 78 "));
        assertThat(valerie.contact()).isEqualTo("valerie@changerdecap.example, 06 12 34 56 78");

        String stored = tracker.dsl().select(MEMBER.CONTACT).from(MEMBER).where(MEMBER.ID.eq(valerie.id()))
                .fetchOne(MEMBER.CONTACT);
        assertThat(stored).startsWith("ct1:").doesNotContain("valerie").doesNotContain("06 12");
        assertThat(tracker.members().get(caf, valerie.id()).contact()).isEqualTo(valerie.contact());
        assertThat(new MemberRepository(tracker.dsl()).member(caf, valerie.id()).orElseThrow().contact())
                .as("read without the key, the contact stays closed").isNull();

        Member renamed = tracker.members().update(caf, valerie.id(), valerie.version(),
                new MemberDraft("Valérie M.", MemberKind.coordinator, null, null, "fr", valerie.contact()));
        assertThat(renamed.contact()).isEqualTo(valerie.contact());
        Member removed = tracker.members().update(caf, valerie.id(), renamed.version(),
                renamed.toDraft().withContact(null));
        assertThat(removed.contact()).isNull();

        assertThatThrownBy(() -> MemberDraft.of("Didier", MemberKind.coordinator).withContact("x".repeat(501)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contact");
    }
}
