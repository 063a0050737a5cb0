package org.campaigntracker.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_ATTENDEE;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_PARTICIPANT;
import static org.campaigntracker.core.interaction.InteractionKind.HEARING;
import static org.campaigntracker.core.interaction.InteractionKind.LETTER_SENT;
import static org.campaigntracker.core.interaction.InteractionKind.MEETING;
import static org.campaigntracker.core.interaction.InteractionKind.PUBLIC_EVENT;
import static org.campaigntracker.core.interaction.InteractionKind.WRITTEN_RESPONSE;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.FieldViolation;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.ThemeDraft;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InteractionServiceTest {

    private static final LocalDate JAN_17 = LocalDate.of(2023, 1, 17);

    private Tracker tracker;
    private InteractionService interactions;
    private long caf;
    private long grivel;
    private long secoursCatholique;
    private long blin;
    private long valerie;
    private long didier;
    private long banSuspensions;
    private long publishLetters;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        interactions = tracker.interactions();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        CampaignRows rows = new CampaignRows(tracker.dsl(), caf);
        grivel = rows.person("Nicolas Grivel");
        secoursCatholique = rows.organisation("Secours catholique");
        blin = rows.person("David Blin");
        valerie = rows.member("Valérie");
        didier = rows.member("Didier Minot");
        DemandService demands = tracker.demands();
        long legality = demands.addTheme(caf, ThemeDraft.of("Sortir de l’illégalité des pratiques et des contrôles")).id();
        long transparency = demands.addTheme(caf, ThemeDraft.of("Restaurer la transparence")).id();
        banSuspensions = demands.addDemand(caf, DemandDraft.of(legality, "Interdire les suspensions préventives")).id();
        publishLetters = demands.addDemand(caf, DemandDraft.of(transparency, "Publier les lettres réseau")).id();
    }

    private InteractionDraft cnafMeeting() {
        return new InteractionDraft(MEETING, JAN_17, "Rencontre avec la direction de la CNAF",
                "Nicolas Grivel open to publishing the lettres réseau; reluctant on suspensions.",
                "The coalition presented six proposals to the CNAF director general.",
                "Written answer requested", "CNAF, Paris",
                List.of(grivel), List.of(valerie, didier), List.of(banSuspensions, publishLetters));
    }

    @Test
    void logsAMeetingWithBothSidesAndTheDemandsDiscussed() {
        Interaction logged = interactions.log(caf, cnafMeeting());

        assertThat(logged.version()).isEqualTo(1);
        assertThat(logged.participantIds()).containsExactly(grivel);
        assertThat(logged.attendeeIds()).containsExactlyInAnyOrder(valerie, didier);
        assertThat(logged.demandIds()).containsExactlyInAnyOrder(banSuspensions, publishLetters);
        assertThat(logged.publicSummary()).startsWith("The coalition presented");
        assertThat(logged.toDraft()).isEqualTo(cnafMeeting());
        assertThat(interactions.get(caf, logged.id())).isEqualTo(logged);
        assertThat(interactions.list(caf, InteractionFilter.all(), Page.first(10))).containsExactly(logged);
    }

    @Test
    void updateReplacesParticipantsAttendeesAndDemandsAsAWhole() {
        Interaction logged = interactions.log(caf, cnafMeeting());

        Interaction updated = interactions.update(caf, logged.id(), logged.version(),
                cnafMeeting().withLinks(List.of(grivel, secoursCatholique), List.of(didier), List.of()));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.participantIds()).containsExactlyInAnyOrder(grivel, secoursCatholique);
        assertThat(updated.attendeeIds()).containsExactly(didier);
        assertThat(updated.demandIds()).isEmpty();
        assertThat(interactions.get(caf, logged.id())).isEqualTo(updated);
        assertThat(tracker.dsl().fetchCount(INTERACTION_DEMAND)).isZero();
        assertThat(tracker.dsl().fetchCount(INTERACTION_ATTENDEE)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingChanges() {
        Interaction logged = interactions.log(caf, cnafMeeting());
        Interaction current = interactions.update(caf, logged.id(), 1,
                cnafMeeting().withLinks(List.of(grivel), List.of(valerie), List.of(publishLetters)));

        InteractionDraft late = cnafMeeting().withLinks(List.of(blin), List.of(), List.of());
        assertThatThrownBy(() -> interactions.update(caf, logged.id(), 1, late))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("since version 1");
        assertThatThrownBy(() -> interactions.delete(caf, logged.id(), 1))
                .isInstanceOf(StaleVersionException.class);

        assertThat(interactions.get(caf, logged.id())).isEqualTo(current);
    }

    @Test
    void deleteRemovesTheInteractionAndItsLinks() {
        Interaction logged = interactions.log(caf, cnafMeeting());

        interactions.delete(caf, logged.id(), logged.version());

        assertThatThrownBy(() -> interactions.get(caf, logged.id())).isInstanceOf(NotFoundException.class);
        assertThat(tracker.dsl().fetchCount(INTERACTION_PARTICIPANT)).isZero();
        assertThat(tracker.dsl().fetchCount(INTERACTION_ATTENDEE)).isZero();
        assertThat(tracker.dsl().fetchCount(INTERACTION_DEMAND)).isZero();
    }

    @Test
    void aMeetingNeedsSomeoneOnTheOtherSideButALetterDoesNot() {
        assertThatThrownBy(() -> InteractionDraft.of(MEETING, JAN_17, "Rencontre CNAF", List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("participants is required for kind meeting");
        assertThat(InteractionDraft.of(LETTER_SENT, JAN_17, "Lettre ouverte au directeur", null).participantIds())
                .isEmpty();
    }

    @Test
    void validatesEveryFieldAtOnce() {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> new InteractionDraft(null, null, "  ", null, null, null, "x".repeat(301), null, null, null));
        assertThat(e.violations()).extracting(FieldViolation::field)
                .containsExactly("kind", "occurred_on", "title", "place");
        assertThat(e.message(Locale.FRENCH)).contains("titre est obligatoire");
        assertThatThrownBy(() -> InteractionFilter.all().between(JAN_17, JAN_17.minusDays(1)))
                .hasMessage("from must not be after to");
        assertThatThrownBy(() -> new Page(0, -1)).hasMessage("limit must be between 1 and 500; offset must not be negative");
    }

    @Test
    void linkedRecordsMustBelongToTheSameCampaign() {
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        long guilluy = new CampaignRows(tracker.dsl(), other).person("Thibaut Guilluy");

        assertThatThrownBy(() -> interactions.log(caf, cnafMeeting().withLinks(List.of(guilluy), List.of(-1L),
                List.of(banSuspensions))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("participants refers to something that does not exist in this campaign; "
                        + "attendees refers to something that does not exist in this campaign");
        assertThat(tracker.dsl().fetchCount(INTERACTION)).isZero();
    }

    @Test
    void anotherCampaignCannotReadChangeOrDeleteTheInteraction() {
        Interaction logged = interactions.log(caf, cnafMeeting());
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThatThrownBy(() -> interactions.get(other, logged.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interactions.update(other, logged.id(), 1,
                InteractionDraft.of(LETTER_SENT, JAN_17, "hijack", null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> interactions.delete(other, logged.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThat(interactions.list(other, InteractionFilter.all(), Page.first(10))).isEmpty();
        assertThat(interactions.get(caf, logged.id())).isEqualTo(logged);
    }

    @Test
    void theDatabaseRefusesAParticipantFromAnotherCampaign() {
        Interaction logged = interactions.log(caf, cnafMeeting());
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        long guilluy = new CampaignRows(tracker.dsl(), other).person("Thibaut Guilluy");

        // Bypasses core: the rule must hold for any writer of the database.
        assertThatThrownBy(() -> tracker.dsl().insertInto(INTERACTION_PARTICIPANT)
                .set(INTERACTION_PARTICIPANT.INTERACTION_ID, logged.id())
                .set(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, guilluy)
                .set(INTERACTION_PARTICIPANT.CAMPAIGN_ID, caf).execute())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("interaction_participant_stakeholder_fk");
        // The repository alone (no service check) still reports it as invalid input, not as an SQL error.
        assertThatThrownBy(() -> new InteractionRepository(tracker.dsl()).insert(caf,
                InteractionDraft.of(MEETING, JAN_17, "Rencontre", List.of(guilluy)), LoggedBy.UNKNOWN, txid -> { }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refers to something that does not exist in this campaign");
        assertThatThrownBy(() -> tracker.dsl().insertInto(INTERACTION)
                .set(INTERACTION.CAMPAIGN_ID, caf).set(INTERACTION.KIND, org.campaigntracker.db.jooq.enums.InteractionKind.call)
                .set(INTERACTION.OCCURRED_ON, JAN_17).set(INTERACTION.TITLE, " ").execute())
                .hasMessageContaining("interaction_title_not_blank");
    }

    @Test
    void listsNewestFirstWithFiltersAndPages() {
        Interaction debate = interactions.log(caf, InteractionDraft.of(PUBLIC_EVENT, LocalDate.of(2022, 6, 9),
                "Débat public à Saint-Étienne", null));
        Interaction letter = interactions.log(caf, InteractionDraft.of(LETTER_SENT, LocalDate.of(2022, 12, 12),
                "Lettre au directeur général de la CNAF", List.of(grivel)).withLinks(List.of(grivel), null,
                List.of(banSuspensions)));
        Interaction meeting = interactions.log(caf, cnafMeeting());
        Interaction sameDayHearing = interactions.log(caf, InteractionDraft.of(HEARING, JAN_17,
                "Audition au Défenseur des droits", List.of(secoursCatholique)));
        Interaction answer = interactions.log(caf, InteractionDraft.of(WRITTEN_RESPONSE, LocalDate.of(2023, 3, 2),
                "Réponse écrite de la CNAF", List.of(grivel)));

        assertThat(interactions.list(caf, InteractionFilter.all(), Page.first(10)))
                .containsExactly(answer, sameDayHearing, meeting, letter, debate);
        assertThat(interactions.list(caf, InteractionFilter.all(), Page.first(2).next()))
                .containsExactly(meeting, letter);
        assertThat(interactions.list(caf, InteractionFilter.all().withKind(MEETING), Page.first(10)))
                .containsExactly(meeting);
        assertThat(interactions.list(caf, InteractionFilter.all().withStakeholder(grivel), Page.first(10)))
                .containsExactly(answer, meeting, letter);
        assertThat(interactions.list(caf, InteractionFilter.all().withDemand(banSuspensions), Page.first(10)))
                .containsExactly(meeting, letter);
        assertThat(interactions.list(caf, InteractionFilter.all().between(LocalDate.of(2022, 12, 1), JAN_17),
                Page.first(10))).containsExactly(sameDayHearing, meeting, letter);
        assertThat(interactions.list(caf, InteractionFilter.all().withStakeholder(grivel).withKind(LETTER_SENT)
                .between(LocalDate.of(2022, 12, 12), LocalDate.of(2022, 12, 12)), Page.first(10)))
                .containsExactly(letter);
    }

    @Test
    void lastContactIsTheLatestPastInteractionPerStakeholder() {
        interactions.log(caf, InteractionDraft.of(LETTER_SENT, LocalDate.of(2022, 12, 12), "Lettre", List.of(grivel)));
        interactions.log(caf, cnafMeeting());
        // A meeting planned at the ministry: logged ahead, but not a contact yet.
        interactions.log(caf, InteractionDraft.of(MEETING, LocalDate.of(2023, 10, 10), "Cabinet de la ministre",
                List.of(blin, grivel)));
        long other = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

        assertThat(interactions.lastContact(caf, LocalDate.of(2023, 6, 1)))
                .containsOnlyKeys(grivel).containsEntry(grivel, JAN_17);
        assertThat(interactions.lastContact(caf, LocalDate.of(2023, 10, 10)))
                .containsEntry(grivel, LocalDate.of(2023, 10, 10)).containsEntry(blin, LocalDate.of(2023, 10, 10));
        assertThat(interactions.lastContact(caf)).containsKeys(grivel, blin);
        assertThat(interactions.lastContact(other)).isEmpty();
    }

    @Test
    void everyKindIsStoredAndReadBack() {
        for (InteractionKind kind : InteractionKind.values()) {
            Interaction logged = interactions.log(caf, InteractionDraft.of(kind, JAN_17, kind.code(), List.of(grivel)));
            assertThat(interactions.get(caf, logged.id()).kind()).isEqualTo(kind);
        }
    }
}
