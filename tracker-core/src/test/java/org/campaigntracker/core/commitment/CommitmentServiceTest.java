package org.campaigntracker.core.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.COMMITMENT;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.position.CafFixture;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitmentServiceTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2023, 1, 17);

    private CafFixture caf;
    private CommitmentService commitments;
    private long grivel;
    private long secours;
    private long suspensions;
    private long meeting;

    @BeforeEach
    void setUp() {
        caf = new CafFixture(TestTracker.fresh(), "caf");
        commitments = caf.tracker.commitments();
        grivel = caf.stakeholder("Nicolas Grivel", StakeholderCategory.direct_target);
        secours = caf.stakeholder("Secours catholique", StakeholderCategory.ally);
        suspensions = caf.demand("Sortir de l’illégalité des pratiques et des contrôles",
                "Interdire les suspensions préventives automatiques");
        meeting = caf.meeting(MEETING_DAY, "Rencontre avec le directeur général de la CNAF");
    }

    @Test
    void addsReadsAndListsWithFilters() {
        Commitment review = commitments.add(caf.campaignId, grivelReviewsSuspensions());
        Commitment appeal = commitments.add(caf.campaignId, CommitmentDraft.of(secours,
                "Co-signer l’appel commun des 80 organisations", LocalDate.of(2023, 3, 1)));

        assertThat(review.status()).isEqualTo(CommitmentStatus.open);
        assertThat(review.statusChangedOn()).isNull();
        assertThat(review.version()).isEqualTo(1);
        assertThat(commitments.commitment(caf.campaignId, review.id())).isEqualTo(review);
        // Soonest due first; one with no due date last.
        assertThat(commitments.list(caf.campaignId, null, null, null)).containsExactly(review, appeal);
        assertThat(commitments.list(caf.campaignId, null, secours, null)).containsExactly(appeal);
        assertThat(commitments.list(caf.campaignId, null, null, suspensions)).containsExactly(review);
        assertThat(commitments.list(caf.campaignId, CommitmentStatus.kept, null, null)).isEmpty();
    }

    @Test
    void updatesWithTheCurrentVersionOnly() {
        Commitment c = commitments.add(caf.campaignId, grivelReviewsSuspensions());
        CommitmentDraft later = new CommitmentDraft(grivel, c.description(), suspensions, meeting, MEETING_DAY,
                LocalDate.of(2023, 6, 30), null, null);
        Commitment moved = commitments.update(caf.campaignId, c.id(), c.version(), later);

        assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(moved.version()).isEqualTo(2);
        assertThatThrownBy(() -> commitments.update(caf.campaignId, c.id(), c.version(), c.toDraft()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(commitments.commitment(caf.campaignId, c.id())).isEqualTo(moved);
    }

    @Test
    void followsTheWrittenConfirmation() {
        Commitment c = commitments.add(caf.campaignId, grivelReviewsSuspensions());
        Commitment requested = commitments.requestConfirmation(caf.campaignId, c.id(), c.version(),
                LocalDate.of(2023, 1, 18));
        assertThat(requested.awaitingConfirmation()).isTrue();

        assertThatThrownBy(() -> commitments.confirmationReceived(caf.campaignId, c.id(), requested.version(),
                LocalDate.of(2023, 1, 10)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("confirmation_received_on must not be before confirmation_requested_on");

        Commitment received = commitments.confirmationReceived(caf.campaignId, c.id(), requested.version(),
                LocalDate.of(2023, 3, 2));
        assertThat(received.confirmationRequestedOn()).isEqualTo(LocalDate.of(2023, 1, 18));
        assertThat(received.confirmationReceivedOn()).isEqualTo(LocalDate.of(2023, 3, 2));
        assertThat(received.awaitingConfirmation()).isFalse();
        assertThat(received.version()).isEqualTo(3);
    }

    @Test
    void closesWithAStatusAndItsDate() {
        Commitment c = commitments.add(caf.campaignId, grivelReviewsSuspensions());
        Commitment broken = commitments.close(caf.campaignId, c.id(), c.version(), CommitmentStatus.broken,
                LocalDate.of(2023, 7, 1));

        assertThat(broken.status()).isEqualTo(CommitmentStatus.broken);
        assertThat(broken.statusChangedOn()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(commitments.list(caf.campaignId, CommitmentStatus.broken, null, null)).containsExactly(broken);

        assertThatThrownBy(() -> commitments.close(caf.campaignId, c.id(), broken.version(), CommitmentStatus.open,
                LocalDate.of(2023, 7, 2)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("status must be one of: kept, broken, withdrawn");
        assertThatThrownBy(() -> commitments.close(caf.campaignId, c.id(), broken.version(), CommitmentStatus.kept,
                LocalDate.of(2022, 12, 31)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("status_changed_on must not be before made_on");
        assertThatThrownBy(() -> commitments.close(caf.campaignId, c.id(), c.version(), CommitmentStatus.kept,
                LocalDate.of(2023, 7, 2)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(commitments.commitment(caf.campaignId, c.id())).isEqualTo(broken);
    }

    @Test
    void overdueMeansOpenAndDueBeforeToday() {
        Commitment late = commitments.add(caf.campaignId, grivelReviewsSuspensions());
        Commitment dueToday = commitments.add(caf.campaignId, new CommitmentDraft(grivel,
                "Publier les lettres réseau", null, meeting, MEETING_DAY, LocalDate.of(2023, 4, 1), null, null));
        Commitment kept = commitments.add(caf.campaignId, new CommitmentDraft(grivel,
                "Recevoir la délégation", null, null, MEETING_DAY, LocalDate.of(2023, 2, 1), null, null));
        commitments.close(caf.campaignId, kept.id(), kept.version(), CommitmentStatus.kept, LocalDate.of(2023, 1, 30));
        LocalDate today = LocalDate.of(2023, 4, 1);

        assertThat(commitments.overdue(caf.campaignId, today)).containsExactly(late);
        assertThat(late.overdueOn(today)).isTrue();
        assertThat(dueToday.overdueOn(today)).isFalse();
    }

    @Test
    void deletesWithTheCurrentVersionOnly() {
        Commitment c = commitments.add(caf.campaignId, grivelReviewsSuspensions());
        Commitment requested = commitments.requestConfirmation(caf.campaignId, c.id(), c.version(), MEETING_DAY);

        assertThatThrownBy(() -> commitments.delete(caf.campaignId, c.id(), c.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(commitments.list(caf.campaignId, null, null, null)).containsExactly(requested);

        commitments.delete(caf.campaignId, c.id(), requested.version());
        assertThat(commitments.list(caf.campaignId, null, null, null)).isEmpty();
    }

    @Test
    void aDraftNamesEveryBrokenRuleInEnglishAndFrench() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new CommitmentDraft(grivel, "  ", null, null, MEETING_DAY, LocalDate.of(2023, 1, 1), null,
                        null));
        assertThat(e.violations()).extracting(v -> v.field()).containsExactly("description", "due_on");
        assertThat(e.getMessage()).isEqualTo("description is required; due_on must not be before made_on");
        assertThat(e.message(Locale.FRENCH)).contains("échéance ne doit pas être avant date de l’engagement");
    }

    @Test
    void theDatabaseRefusesADueDateBeforeThePromise() {
        assertThatThrownBy(() -> caf.tracker.dsl().insertInto(COMMITMENT)
                .set(COMMITMENT.CAMPAIGN_ID, caf.campaignId)
                .set(COMMITMENT.STAKEHOLDER_ID, grivel)
                .set(COMMITMENT.DESCRIPTION, "Revoir les suspensions")
                .set(COMMITMENT.MADE_ON, MEETING_DAY)
                .set(COMMITMENT.DUE_ON, LocalDate.of(2023, 1, 1))
                .execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("commitment_due_after_made");
    }

    @Test
    void aClosedStatusWithoutItsDateComesBackAsAClearError() {
        Commitment c = commitments.add(caf.campaignId, grivelReviewsSuspensions());

        // The service always passes a date; the repository alone leans on the database rule.
        assertThatThrownBy(() -> new CommitmentRepository(caf.tracker.dsl())
                .updateStatus(caf.campaignId, c.id(), c.version(), CommitmentStatus.kept, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("a closed commitment needs the date of its status, an open one has none");
        assertThat(commitments.commitment(caf.campaignId, c.id())).isEqualTo(c);
    }

    @Test
    void anotherCampaignSeesNothing() {
        Commitment c = commitments.add(caf.campaignId, grivelReviewsSuspensions());
        long other = new CafFixture(caf.tracker, "france-travail").campaignId;

        assertThatThrownBy(() -> commitments.commitment(other, c.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> commitments.update(other, c.id(), c.version(), c.toDraft()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> commitments.close(other, c.id(), c.version(), CommitmentStatus.kept, MEETING_DAY))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> commitments.delete(other, c.id(), c.version())).isInstanceOf(NotFoundException.class);
        assertThat(commitments.list(other, null, null, null)).isEmpty();
        // A stakeholder of this campaign cannot be used from the other one: the composite key refuses it.
        assertThatThrownBy(() -> commitments.add(other, c.toDraft()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("stakeholder refers to something that does not exist");
    }

    private CommitmentDraft grivelReviewsSuspensions() {
        return new CommitmentDraft(grivel, "Réexaminer les suspensions préventives automatiques", suspensions,
                meeting, MEETING_DAY, LocalDate.of(2023, 3, 31), null, null);
    }
}
