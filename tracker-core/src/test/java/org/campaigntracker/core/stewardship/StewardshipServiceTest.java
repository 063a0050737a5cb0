package org.campaigntracker.core.stewardship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.position.CafFixture;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who holds the CNAF relationships, how often they should be touched, and how reachable its director general is. */
class StewardshipServiceTest {

    private static final LocalDate JAN_17 = LocalDate.of(2023, 1, 17);

    private CafFixture caf;
    private Tracker tracker;
    private StewardshipService stewardship;
    private long grivel;
    private long blin;
    private long cnil;
    private long valerie;
    private long didier;

    @BeforeEach
    void setUp() {
        caf = new CafFixture(TestTracker.fresh(), "caf");
        tracker = caf.tracker;
        stewardship = tracker.stewardship();
        grivel = caf.stakeholder("Nicolas Grivel", StakeholderCategory.direct_target);
        blin = caf.stakeholder("David Blin", StakeholderCategory.direct_target);
        cnil = caf.stakeholder("CNIL", StakeholderCategory.intermediate_target);
        valerie = caf.member("Valérie");
        didier = caf.member("Didier Minot");
        tracker.interactions().log(caf.campaignId, new InteractionDraft(InteractionKind.MEETING, JAN_17,
                "Rencontre avec le directeur général de la CNAF", null, null, null, null, List.of(grivel),
                List.of(valerie, didier), List.of()));
    }

    @Test
    void anOwnerAndACadenceAreSetUnderTheirVersionAndAColleaguesEditIsNotLost() {
        assertThat(stewardship.get(caf.campaignId, grivel)).isEqualTo(Stewardship.none(grivel));
        Stewardship first = stewardship.put(caf.campaignId, grivel, 0, new StewardshipDraft(valerie, 30));
        assertThat(first).isEqualTo(new Stewardship(grivel, valerie, "Valérie", 30, 1));
        // Someone else, having read "nothing yet", writes too: refused, not overwritten.
        assertThatThrownBy(() -> stewardship.put(caf.campaignId, grivel, 0, new StewardshipDraft(didier, 7)))
                .isInstanceOf(StaleVersionException.class);
        Stewardship second = stewardship.put(caf.campaignId, grivel, 1, new StewardshipDraft(didier, null));
        assertThat(second).isEqualTo(new Stewardship(grivel, didier, "Didier Minot", null, 2));
        assertThatThrownBy(() -> stewardship.put(caf.campaignId, grivel, 1, new StewardshipDraft(valerie, 30)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(stewardship.get(caf.campaignId, grivel)).isEqualTo(second);
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        assertThatThrownBy(() -> new StewardshipDraft(valerie, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StewardshipDraft(valerie, 3651)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> stewardship.put(caf.campaignId, grivel, 0, new StewardshipDraft(999_999L, 30)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("owner");
        assertThatThrownBy(() -> stewardship.put(caf.campaignId, 999_999L, 0, new StewardshipDraft(valerie, 30)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> new AccessDraft(6, JAN_17, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AccessDraft(3, LocalDate.of(2101, 1, 1), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AccessDraft(3, JAN_17, "x".repeat(2001)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(stewardship.all(caf.campaignId)).isEmpty();
        assertThat(stewardship.allRatings(caf.campaignId)).isEmpty();
    }

    @Test
    void relationshipsPastTheirCadenceAreDueWithTheirLastContactAndWhoHadIt() {
        stewardship.put(caf.campaignId, grivel, 0, new StewardshipDraft(valerie, 30));
        stewardship.put(caf.campaignId, blin, 0, new StewardshipDraft(didier, 60));
        stewardship.put(caf.campaignId, cnil, 0, new StewardshipDraft(valerie, null));

        // 20 days after the meeting: within 30 days; Blin was never met.
        assertThat(stewardship.due(caf.campaignId, null, JAN_17.plusDays(20)))
                .extracting(RelationshipDue::stakeholderId).containsExactly(blin);
        List<RelationshipDue> due = stewardship.due(caf.campaignId, null, JAN_17.plusDays(45));
        assertThat(due).extracting(RelationshipDue::stakeholderId).containsExactly(blin, grivel);
        assertThat(due.get(0).lastContactOn()).isNull();
        assertThat(due.get(0).overdueDays()).isNull();
        assertThat(due.get(1)).isEqualTo(new RelationshipDue(grivel, "Nicolas Grivel", valerie, "Valérie", 30,
                JAN_17, List.of("Didier Minot", "Valérie"), 15L));
        assertThat(stewardship.due(caf.campaignId, valerie, JAN_17.plusDays(45)))
                .extracting(RelationshipDue::stakeholderId).containsExactly(grivel);
        // A meeting after the day asked does not count as a contact on it.
        assertThat(stewardship.due(caf.campaignId, valerie, JAN_17.minusDays(1)))
                .singleElement().satisfies(d -> assertThat(d.lastContactOn()).isNull());
    }

    @Test
    void accessIsAHistoryOfRatingsWithTheirEvidenceAndTheLatestIsCurrent() {
        stewardship.rate(caf.campaignId, grivel, new AccessDraft(2, LocalDate.of(2022, 11, 1), "Pas de réponse"));
        AccessRating met = stewardship.rate(caf.campaignId, grivel, new AccessDraft(4, JAN_17, "  A reçu la délégation "));
        assertThat(met.evidence()).isEqualTo("A reçu la délégation");
        assertThat(stewardship.accessHistory(caf.campaignId, grivel)).extracting(AccessRating::score)
                .containsExactly(4, 2);
        assertThat(stewardship.currentAccess(caf.campaignId)).containsOnlyKeys(grivel)
                .hasEntrySatisfying(grivel, r -> assertThat(r.score()).isEqualTo(4));
        stewardship.deleteRating(caf.campaignId, grivel, met.id());
        assertThat(stewardship.currentAccess(caf.campaignId).get(grivel).score()).isEqualTo(2);
        assertThatThrownBy(() -> stewardship.deleteRating(caf.campaignId, blin, met.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(Access.words(3, Locale.FRENCH)).isEqualTo("3 — connaît notre équipe");
        assertThat(Access.words(5, Locale.ENGLISH)).isEqualTo("5 — returns our calls");
    }
}
