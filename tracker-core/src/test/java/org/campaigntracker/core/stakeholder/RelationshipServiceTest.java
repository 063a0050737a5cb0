package org.campaigntracker.core.stakeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.RELATIONSHIP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.interaction.Page;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipServiceTest {

    private Tracker tracker;
    private RelationshipService relationships;
    private StakeholderService stakeholders;
    private long caf;
    private Stakeholder cnaf;
    private Stakeholder grivel;
    private Stakeholder defenseur;
    private Stakeholder secours;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        relationships = tracker.relationships();
        stakeholders = tracker.stakeholders();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        cnaf = stakeholders.add(caf, StakeholderDraft.organisation("CNAF", StakeholderCategory.direct_target));
        grivel = stakeholders.add(caf, StakeholderDraft.person("Nicolas Grivel", "Directeur général", cnaf.id(),
                StakeholderCategory.direct_target));
        defenseur = stakeholders.add(caf,
                StakeholderDraft.organisation("Défenseur des droits", StakeholderCategory.intermediate_target));
        secours = stakeholders.add(caf, StakeholderDraft.organisation("Secours catholique", StakeholderCategory.ally));
    }

    @Test
    void addsListsUpdatesAndDeletesRelationships() {
        Relationship worksFor = relationships.add(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for,
                cnaf.id()));
        Relationship influences = relationships.add(caf, new RelationshipDraft(defenseur.id(), cnaf.id(),
                RelationshipType.influences, 4, null, null,
                "Rapport « Dématérialisation et inégalités d’accès aux services publics »", null));
        Relationship allied = relationships.add(caf, RelationshipDraft.of(secours.id(), RelationshipType.allied_with,
                defenseur.id()));

        assertThat(worksFor.strength()).isEqualTo(3);
        assertThat(relationships.get(caf, influences.id())).isEqualTo(influences);
        assertThat(relationships.list(caf)).containsExactly(worksFor, influences, allied);
        // Both directions: CNAF is the "to" end of both links.
        assertThat(relationships.listOf(caf, cnaf.id())).containsExactly(worksFor, influences);
        assertThat(relationships.listOf(caf, defenseur.id())).containsExactly(influences, allied);

        Relationship ended = relationships.update(caf, allied.id(), allied.version(), new RelationshipDraft(
                secours.id(), defenseur.id(), RelationshipType.allied_with, 2, LocalDate.of(2022, 6, 9),
                LocalDate.of(2023, 7, 1), "Saint-Étienne debate", "cooled after the COG"));
        assertThat(ended.version()).isEqualTo(2);
        assertThat(ended.until()).isEqualTo(LocalDate.of(2023, 7, 1));

        relationships.delete(caf, worksFor.id(), worksFor.version());
        assertThat(relationships.list(caf)).containsExactly(influences, ended);
    }

    @Test
    void pagesCutByTheDatabaseFollowTheWholeListsInBothScopes() {
        Stakeholder[] all = {cnaf, grivel, defenseur, secours};
        for (Stakeholder from : all) {
            for (Stakeholder to : all) {
                if (from != to && (from == cnaf || to == defenseur)) {
                    relationships.add(caf, RelationshipDraft.of(from.id(), RelationshipType.influences, to.id()));
                }
            }
        }
        for (Long scope : new Long[] {null, cnaf.id(), defenseur.id(), secours.id()}) {
            List<Relationship> whole = scope == null ? relationships.list(caf) : relationships.listOf(caf, scope);
            assertThat(whole).hasSizeGreaterThan(1);
            for (int limit = 1; limit <= whole.size() + 1; limit++) {
                List<Relationship> paged = new ArrayList<>();
                for (Page page = Page.first(limit); page.offset() <= whole.size(); page = page.next()) {
                    paged.addAll(relationships.list(caf, scope, page));
                }
                assertThat(paged).as("scope %s, limit %d", scope, limit).isEqualTo(whole);
            }
        }
        assertThat(relationships.list(caf, cnaf.id(), new Page(2, 1)))
                .isEqualTo(relationships.listOf(caf, cnaf.id()).subList(1, 3));
        assertThatThrownBy(() -> relationships.list(caf, 999_999L, Page.first(10)))
                .isInstanceOf(NotFoundException.class);
        long other = tracker.campaigns().create(CampaignDraft.of("other", "Other")).id();
        assertThat(relationships.list(other, null, Page.first(10))).isEmpty();
        assertThatThrownBy(() -> relationships.list(other, cnaf.id(), Page.first(10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void validatesTheDraft() {
        assertThatThrownBy(() -> new RelationshipDraft(cnaf.id(), cnaf.id(), null, 0, LocalDate.of(2023, 1, 17),
                LocalDate.of(2022, 12, 10), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule())
                        .containsExactly("type:required", "to:db.relationship_not_self", "strength:range",
                                "until:not_before"))
                .hasMessage("type is required; a relationship links two different stakeholders; "
                        + "strength must be between 1 and 5; until must not be before since");
    }

    @Test
    void bothEndsMustBelongToTheCampaign() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Stakeholder franceTravail = stakeholders.add(other, StakeholderDraft.organisation("France Travail", null));

        assertThatThrownBy(() -> relationships.add(caf, RelationshipDraft.of(defenseur.id(),
                RelationshipType.influences, franceTravail.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("to"))
                .hasMessage("to refers to something that does not exist in this campaign");
        assertThat(relationships.list(caf)).isEmpty();
    }

    @Test
    void theSameLinkTwiceIsAConflict() {
        relationships.add(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for, cnaf.id()));

        assertThatThrownBy(() -> relationships.add(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for,
                cnaf.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this relationship already exists");
        // Another type between the same two is another link.
        relationships.add(caf, RelationshipDraft.of(grivel.id(), RelationshipType.reports_to, cnaf.id()));
        assertThat(relationships.listOf(caf, grivel.id())).hasSize(2);
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        Relationship r = relationships.add(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for, cnaf.id()));
        relationships.update(caf, r.id(), r.version(), new RelationshipDraft(grivel.id(), cnaf.id(),
                RelationshipType.works_for, 5, null, null, "cnaf.fr", null));

        assertThatThrownBy(() -> relationships.update(caf, r.id(), r.version(), r.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> relationships.delete(caf, r.id(), r.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(relationships.get(caf, r.id()).strength()).isEqualTo(5);
    }

    @Test
    void anotherCampaignCannotSeeOrChangeRelationships() {
        Relationship r = relationships.add(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for, cnaf.id()));
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> relationships.get(other, r.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relationships.update(other, r.id(), 1, r.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relationships.delete(other, r.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> relationships.listOf(other, cnaf.id())).isInstanceOf(NotFoundException.class);
        assertThat(relationships.list(other)).isEmpty();
        assertThat(relationships.list(caf)).containsExactly(r);
    }

    @Test
    void deletingAStakeholderDeletesItsLinks() {
        relationships.add(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for, cnaf.id()));
        Relationship kept = relationships.add(caf, RelationshipDraft.of(secours.id(), RelationshipType.allied_with,
                defenseur.id()));
        stakeholders.delete(caf, grivel.id(), grivel.version());

        assertThat(relationships.list(caf)).containsExactly(kept);
    }

    @Test
    void theDatabaseItselfRefusesBadRows() {
        // Bypasses core validation: the rules must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(RELATIONSHIP)
                .set(RELATIONSHIP.CAMPAIGN_ID, caf).set(RELATIONSHIP.FROM_ID, cnaf.id()).set(RELATIONSHIP.TO_ID, cnaf.id())
                .set(RELATIONSHIP.TYPE, org.campaigntracker.db.jooq.enums.RelationshipType.knows).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("relationship_not_self");
        assertThatThrownBy(() -> tracker.dsl().insertInto(RELATIONSHIP)
                .set(RELATIONSHIP.CAMPAIGN_ID, caf).set(RELATIONSHIP.FROM_ID, grivel.id()).set(RELATIONSHIP.TO_ID, cnaf.id())
                .set(RELATIONSHIP.TYPE, org.campaigntracker.db.jooq.enums.RelationshipType.knows)
                .set(RELATIONSHIP.SINCE, LocalDate.of(2023, 1, 17)).set(RELATIONSHIP.UNTIL, LocalDate.of(2022, 12, 10))
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("relationship_dates_ordered");
    }

    @Test
    void theRepositoryTranslatesDatabaseRefusals() {
        RelationshipRepository repo = new RelationshipRepository(tracker.dsl());
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        repo.insert(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for, cnaf.id()));

        assertThatThrownBy(() -> repo.insert(caf, RelationshipDraft.of(grivel.id(), RelationshipType.works_for,
                cnaf.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("this relationship already exists");
        // Both ends exist, but in another campaign than the link: the composite foreign keys refuse it.
        assertThatThrownBy(() -> repo.insert(other, RelationshipDraft.of(grivel.id(), RelationshipType.knows,
                cnaf.id())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refers to something that does not exist in this campaign");
        assertThat(repo.relationships(other)).isEmpty();
    }
}
