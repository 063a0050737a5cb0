package org.campaigntracker.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.TRAINING;
import static org.campaigntracker.db.jooq.Tables.TRAINING_ATTENDEE;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingServiceTest {

    private static final LocalDate BEFORE_CNAF_MEETING = LocalDate.of(2023, 1, 10);

    private Tracker tracker;
    private TrainingService trainings;
    private MemberService members;
    private long caf;
    private Member isabelle;
    private Member valentin;
    private Member valerie;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        trainings = tracker.trainings();
        members = tracker.members();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        isabelle = members.add(caf, MemberDraft.of("Isabelle", MemberKind.beneficiary));
        valentin = members.add(caf, MemberDraft.of("Valentin", MemberKind.beneficiary));
        valerie = members.add(caf, MemberDraft.of("Valérie", MemberKind.coordinator));
    }

    private TrainingDraft speakingToTheCnaf(List<Long> attendees) {
        return new TrainingDraft("Prendre la parole face à la CNAF", BEFORE_CNAF_MEETING,
                List.of("La COG", " le score de risque ", "La COG", ""), "VoxPublic", attendees);
    }

    @Test
    void addsReadsListsUpdatesAndDeletesTrainings() {
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of(valentin.id(), isabelle.id())));
        Training press = trainings.add(caf, new TrainingDraft("Répondre à France Inter", LocalDate.of(2022, 12, 1),
                null, null, List.of(valerie.id())));

        assertThat(speaking.topics()).containsExactly("La COG", "le score de risque");
        assertThat(speaking.attendeeIds()).containsExactly(isabelle.id(), valentin.id());
        assertThat(trainings.get(caf, speaking.id())).isEqualTo(speaking);
        assertThat(trainings.list(caf)).containsExactly(press, speaking);

        // The attendee list is replaced as a whole.
        Training changed = trainings.update(caf, speaking.id(), speaking.version(),
                speakingToTheCnaf(List.of(valerie.id(), valentin.id())));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.attendeeIds()).containsExactly(valentin.id(), valerie.id());

        trainings.delete(caf, press.id(), press.version());
        assertThat(trainings.list(caf)).containsExactly(changed);
    }

    @Test
    void tellsWhichTrainingsAMemberAttended() {
        Training press = trainings.add(caf, new TrainingDraft("Répondre à France Inter", LocalDate.of(2022, 12, 1),
                null, null, List.of(valentin.id())));
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of(valentin.id(), isabelle.id())));

        assertThat(trainings.trainingsOf(caf, valentin.id())).containsExactly(press, speaking);
        assertThat(trainings.trainingsOf(caf, isabelle.id())).containsExactly(speaking);
        assertThat(trainings.isTrained(caf, isabelle.id())).isTrue();
        assertThat(trainings.isTrained(caf, valerie.id())).isFalse();
        assertThat(trainings.trainingsOf(caf, valerie.id())).isEmpty();
    }

    @Test
    void validatesTheDraft() {
        assertThatThrownBy(() -> new TrainingDraft(" ", null, List.of(), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.rule()).containsExactly("title:required", "held_on:required"))
                .hasMessage("title is required; held_on is required");
    }

    @Test
    void attendeesMustBeMembersOfTheCampaign() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Member elsewhere = members.add(other, MemberDraft.of("Camille", MemberKind.volunteer));
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of(isabelle.id())));

        assertThatThrownBy(() -> trainings.update(caf, speaking.id(), speaking.version(),
                speakingToTheCnaf(List.of(isabelle.id(), elsewhere.id()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("attendees refers to something that does not exist in this campaign");
        assertThatThrownBy(() -> trainings.add(caf, speakingToTheCnaf(List.of(elsewhere.id()))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(trainings.list(caf)).containsExactly(speaking);
    }

    @Test
    void updateNeedsTheCurrentVersionAndKeepsTheAttendeesWhenStale() {
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of(isabelle.id())));
        Training changed = trainings.update(caf, speaking.id(), speaking.version(),
                speakingToTheCnaf(List.of(valentin.id())));

        assertThatThrownBy(() -> trainings.update(caf, speaking.id(), speaking.version(),
                speakingToTheCnaf(List.of(valerie.id()))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> trainings.delete(caf, speaking.id(), speaking.version()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(trainings.get(caf, speaking.id())).isEqualTo(changed);
        assertThat(trainings.isTrained(caf, valerie.id())).isFalse();
    }

    @Test
    void anotherCampaignCannotSeeOrChangeTrainings() {
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of(isabelle.id())));
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> trainings.get(other, speaking.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.update(other, speaking.id(), 1, speakingToTheCnaf(List.of())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.delete(other, speaking.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.isTrained(other, isabelle.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> trainings.trainingsOf(other, isabelle.id())).isInstanceOf(NotFoundException.class);
        assertThat(trainings.list(other)).isEmpty();
        assertThat(trainings.get(caf, speaking.id())).isEqualTo(speaking);
    }

    @Test
    void deletingAMemberRemovesTheirAttendance() {
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of(isabelle.id(), valentin.id())));
        members.delete(caf, isabelle.id(), isabelle.version());

        assertThat(trainings.get(caf, speaking.id()).attendeeIds()).containsExactly(valentin.id());
    }

    @Test
    void theDatabaseItselfRefusesBadRows() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Member elsewhere = members.add(other, MemberDraft.of("Camille", MemberKind.volunteer));
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of()));

        // Bypasses core validation: the rules must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(TRAINING).set(TRAINING.CAMPAIGN_ID, caf)
                .set(TRAINING.TITLE, " ").set(TRAINING.HELD_ON, BEFORE_CNAF_MEETING).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("training_title_not_blank");
        assertThatThrownBy(() -> tracker.dsl().insertInto(TRAINING_ATTENDEE)
                .set(TRAINING_ATTENDEE.TRAINING_ID, speaking.id()).set(TRAINING_ATTENDEE.MEMBER_ID, elsewhere.id())
                .set(TRAINING_ATTENDEE.CAMPAIGN_ID, caf).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("training_attendee_member_fk");
    }

    @Test
    void theRepositoryTranslatesDatabaseRefusals() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        Member elsewhere = members.add(other, MemberDraft.of("Camille", MemberKind.volunteer));
        Training speaking = trainings.add(caf, speakingToTheCnaf(List.of()));
        TrainingRepository repo = new TrainingRepository(tracker.dsl());

        assertThatThrownBy(() -> repo.replaceAttendees(caf, speaking.id(), List.of(elsewhere.id())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("member refers to something that does not exist in this campaign");
        assertThat(trainings.get(caf, speaking.id()).attendeeIds()).isEmpty();
    }
}
