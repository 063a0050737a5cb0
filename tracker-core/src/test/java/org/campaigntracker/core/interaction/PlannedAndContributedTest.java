package org.campaigntracker.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.campaigntracker.core.interaction.InteractionKind.MEETING;
import static org.campaigntracker.core.interaction.InteractionStatus.CANCELLED;
import static org.campaigntracker.core.interaction.InteractionStatus.HELD;
import static org.campaigntracker.core.interaction.InteractionStatus.PLANNED;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.ForbiddenException;
import org.campaigntracker.core.common.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planned, held and cancelled interactions; partners' contributions and their rejection; double asks; the agenda. */
class PlannedAndContributedTest {

    private static final LocalDate TODAY = LocalDate.now();

    private Tracker tracker;
    private InteractionService interactions;
    private long caf;
    private long grivel;
    private long blin;
    private long secours;
    private long atd;
    private long valerie;

    @BeforeEach
    void setUp() {
        tracker = TestTracker.fresh();
        interactions = tracker.interactions();
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        CampaignRows rows = new CampaignRows(tracker.dsl(), caf);
        grivel = rows.person("Nicolas Grivel");
        blin = rows.person("David Blin");
        secours = rows.organisation("Secours catholique");
        atd = rows.organisation("ATD Quart Monde");
        valerie = rows.member("Valérie");
    }

    private static InteractionDraft meeting(LocalDate on, long... with) {
        return InteractionDraft.of(MEETING, on, "Rencontre", java.util.Arrays.stream(with).boxed().toList());
    }

    @Test
    void withoutAStatusTheDateDecidesAndAHeldMeetingCannotBeInTheFuture() {
        assertThat(interactions.log(caf, meeting(TODAY.plusDays(10), grivel)).status()).isEqualTo(PLANNED);
        assertThat(interactions.log(caf, meeting(TODAY, grivel)).status()).isEqualTo(HELD);
        assertThat(interactions.log(caf, meeting(TODAY.minusDays(3), grivel).withStatus(PLANNED)).status())
                .as("a plan not yet marked held stays planned").isEqualTo(PLANNED);

        assertThatThrownBy(() -> meeting(TODAY.plusDays(5), grivel).withStatus(HELD))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).message(Locale.ENGLISH))
                        .contains("occurred_on").contains("plan it instead"));
    }

    @Test
    void aPlannedMeetingIsHeldOrCancelledAndAHeldOneStaysHeld() {
        Interaction planned = interactions.log(caf, meeting(TODAY.plusDays(7), grivel));
        Interaction cancelled = interactions.update(caf, planned.id(), planned.version(),
                planned.toDraft().withStatus(CANCELLED));
        Interaction again = interactions.update(caf, planned.id(), cancelled.version(),
                cancelled.toDraft().withStatus(PLANNED));
        InteractionDraft heldToday = new InteractionDraft(MEETING, TODAY, "Rencontre", null, null, null, null,
                List.of(grivel), List.of(), List.of(), HELD, null);
        Interaction held = interactions.update(caf, planned.id(), again.version(), heldToday);
        assertThat(held.status()).isEqualTo(HELD);

        assertThatThrownBy(() -> interactions.update(caf, planned.id(), held.version(),
                held.toDraft().withStatus(PLANNED)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).message(Locale.FRENCH))
                        .contains("une interaction tenue ne peut pas devenir prévue"));
        assertThat(interactions.get(caf, planned.id()).version()).isEqualTo(held.version());
    }

    @Test
    void onlyHeldInteractionsCountAsContact() {
        interactions.log(caf, meeting(TODAY.minusDays(30), grivel));
        Interaction plannedLate = interactions.log(caf, meeting(TODAY.minusDays(2), grivel).withStatus(PLANNED));
        Interaction cancelled = interactions.log(caf, meeting(TODAY.minusDays(1), grivel).withStatus(PLANNED));
        interactions.update(caf, cancelled.id(), 1, cancelled.toDraft().withStatus(CANCELLED));
        Interaction contributed = interactions.contribute(caf, secours, meeting(TODAY.minusDays(5), blin));
        interactions.reject(caf, contributed.id(), contributed.version(), "Doublon de notre réunion");

        assertThat(interactions.lastContact(caf)).containsEntry(grivel, TODAY.minusDays(30)).doesNotContainKey(blin);
        assertThat(plannedLate.counts()).isFalse();
    }

    @Test
    void aPartnerLogsForItsOwnOrganisationOnlyAndNamesNoMember() {
        Interaction logged = interactions.contribute(caf, secours, meeting(TODAY.minusDays(1), grivel));

        assertThat(logged.organisationId()).isEqualTo(secours);
        assertThat(logged.loggedByOrganisationId()).isEqualTo(secours);
        assertThat(logged.contributed()).isTrue();
        assertThat(interactions.get(caf, logged.id()).loggedByOrganisationId()).isEqualTo(secours);

        InteractionDraft withMember = meeting(TODAY, grivel).withLinks(List.of(grivel), List.of(valerie), List.of());
        assertThatThrownBy(() -> interactions.contribute(caf, secours, withMember))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("attendees");
        assertThatThrownBy(() -> interactions.contribute(caf, secours, meeting(TODAY, grivel).withOrganisation(atd)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("own organisation");

        Interaction ours = interactions.log(caf, meeting(TODAY, grivel), LoggedBy.member(valerie));
        assertThat(ours.loggedByMemberId()).isEqualTo(valerie);
        assertThatThrownBy(() -> interactions.amendContribution(caf, secours, ours.id(), ours.version(),
                ours.toDraft().withLinks(List.of(blin), List.of(), List.of())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> interactions.amendContribution(caf, atd, logged.id(), logged.version(),
                logged.toDraft())).isInstanceOf(ForbiddenException.class);
        assertThat(interactions.get(caf, ours.id()).participantIds()).containsExactly(grivel);
    }

    @Test
    void aPartnerAmendsItsOwnAndTheCoalitionsAttendeesStay() {
        Interaction onBehalf = interactions.log(caf, meeting(TODAY.minusDays(1), grivel).withOrganisation(secours)
                .withLinks(List.of(grivel), List.of(valerie), List.of()));
        Interaction amended = interactions.amendContribution(caf, secours, onBehalf.id(), onBehalf.version(),
                onBehalf.toDraft().withLinks(List.of(grivel, blin), List.of(), List.of()));
        assertThat(amended.participantIds()).containsExactlyInAnyOrder(grivel, blin);
        assertThat(amended.attendeeIds()).containsExactly(valerie);
    }

    @Test
    void aCoordinatorRejectsAContributionWhichLeavesTheLogUntilReinstated() {
        Interaction contributed = interactions.contribute(caf, secours, meeting(TODAY.minusDays(1), grivel));
        Interaction ours = interactions.log(caf, meeting(TODAY.minusDays(2), grivel));

        assertThatThrownBy(() -> interactions.reject(caf, ours.id(), ours.version(), "no"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("partner organisation contributed");
        Interaction rejected = interactions.reject(caf, contributed.id(), contributed.version(), "  Pas eu lieu  ");
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.rejectionReason()).isEqualTo("Pas eu lieu");

        assertThat(interactions.list(caf, InteractionFilter.all(), Page.first(50))).extracting(Interaction::id)
                .containsExactly(ours.id());
        assertThat(interactions.list(caf, InteractionFilter.all().onlyRejected(), Page.first(50)))
                .extracting(Interaction::id).containsExactly(contributed.id());
        assertThat(interactions.list(caf, InteractionFilter.all().contributions(false), Page.first(50)))
                .as("the review list of contributions leaves the rejected out").isEmpty();

        Interaction back = interactions.reinstate(caf, contributed.id(), rejected.version());
        assertThat(back.rejected()).isFalse();
        assertThat(back.rejectionReason()).isNull();
        assertThat(interactions.list(caf, InteractionFilter.all().contributions(false), Page.first(50)))
                .extracting(Interaction::id).containsExactly(contributed.id());
    }

    @Test
    void anotherOrganisationMeetingTheSameTargetWithinTheWindowIsADoubleAsk() {
        Interaction secoursPlans = interactions.contribute(caf, secours, meeting(TODAY.plusDays(20), grivel));
        interactions.contribute(caf, secours, meeting(TODAY.plusDays(10), blin));
        Interaction atdFar = interactions.contribute(caf, atd, meeting(TODAY.plusDays(40), grivel));

        Interaction ours = interactions.log(caf, meeting(TODAY.plusDays(10), grivel));
        List<DoubleAsk> asks = interactions.doubleAsks(caf, ours);
        assertThat(asks).singleElement().satisfies(a -> {
            assertThat(a.interactionId()).isEqualTo(secoursPlans.id());
            assertThat(a.organisation()).isEqualTo("Secours catholique");
            assertThat(a.on()).isEqualTo(TODAY.plusDays(20));
            assertThat(a.status()).isEqualTo(PLANNED);
            assertThat(a.stakeholderIds()).containsExactly(grivel);
            assertThat(a.daysApart()).isEqualTo(10);
        });

        Interaction sameOrganisation = interactions.contribute(caf, secours, meeting(TODAY.plusDays(18), grivel));
        assertThat(interactions.doubleAsks(caf, sameOrganisation)).extracting(DoubleAsk::organisationId)
                .as("the coalition's meeting 8 days before; Secours catholique's own one does not count")
                .containsExactly((Long) null);

        Campaign c = tracker.campaigns().get(caf);
        tracker.campaigns().update(c.slug(), c.version(), c.toDraft().withDoubleAskDays(30));
        assertThat(interactions.doubleAsks(caf, ours)).extracting(DoubleAsk::interactionId)
                .as("nearest first").containsExactly(sameOrganisation.id(), secoursPlans.id(), atdFar.id());

        interactions.update(caf, secoursPlans.id(), secoursPlans.version(),
                secoursPlans.toDraft().withStatus(CANCELLED));
        assertThat(interactions.doubleAsks(caf, ours)).extracting(DoubleAsk::interactionId)
                .as("a cancelled meeting is no double ask").containsExactly(sameOrganisation.id(), atdFar.id());
    }

    @Test
    void theWindowIsBoundedByTheCampaign() {
        Campaign c = tracker.campaigns().get(caf);
        assertThat(c.doubleAskDays()).isEqualTo(14);
        assertThatThrownBy(() -> c.toDraft().withDoubleAskDays(91)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("double_ask_days");
    }

    @Test
    void theAgendaListsPlannedMeetingsSoonestFirstWithWhoGoesAndTheDoubleAsks() {
        Interaction late = interactions.log(caf, meeting(TODAY.plusDays(30), blin));
        Interaction secoursGoes = interactions.contribute(caf, secours, meeting(TODAY.plusDays(12), grivel));
        Interaction ours = interactions.log(caf, meeting(TODAY.plusDays(5), grivel));
        interactions.log(caf, meeting(TODAY.minusDays(3), grivel));
        Interaction cancelled = interactions.log(caf, meeting(TODAY.plusDays(6), blin));
        interactions.update(caf, cancelled.id(), 1, cancelled.toDraft().withStatus(CANCELLED));

        List<AgendaEntry> agenda = interactions.agenda(caf, TODAY, TODAY.plusDays(60));
        assertThat(agenda).extracting(e -> e.interaction().id())
                .containsExactly(ours.id(), secoursGoes.id(), late.id());
        assertThat(agenda.get(0).organisation()).isNull();
        assertThat(agenda.get(1).organisation()).isEqualTo("Secours catholique");
        assertThat(agenda.get(0).doubleAsks()).extracting(DoubleAsk::interactionId).containsExactly(secoursGoes.id());
        assertThat(agenda.get(1).doubleAsks()).extracting(DoubleAsk::interactionId).containsExactly(ours.id());
        assertThat(agenda.get(2).doubleAsks()).isEmpty();

        assertThat(interactions.agenda(caf, TODAY, TODAY.plusDays(20))).hasSize(2);
        assertThatThrownBy(() -> interactions.agenda(caf, TODAY, TODAY.minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> interactions.agenda(caf, TODAY, TODAY.plusYears(3)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theActivityFeedShowsHeldInteractionsWithWhoMadeAndLoggedThemPartnersSeeingNoMember() {
        var feed = tracker.activity();
        var all = org.campaigntracker.core.activity.ActivityFilter.all();
        interactions.log(caf, meeting(TODAY.minusDays(9), grivel), LoggedBy.member(valerie));
        assertThat(feed.feed(caf, true, all, Page.first(50))).singleElement()
                .satisfies(e -> assertThat(e.loggedBy()).isEqualTo("Valérie"));
        assertThat(feed.feed(caf, false, all, Page.first(50))).singleElement()
                .satisfies(e -> assertThat(e.loggedBy()).as("a member is a person: not for partners").isNull());

        // Logged while the newest feed is kept: merged in when held, never when planned.
        interactions.log(caf, meeting(TODAY.plusDays(9), grivel));
        Interaction contributed = interactions.contribute(caf, secours, meeting(TODAY.minusDays(1), blin));
        var shown = feed.feed(caf, false, all, Page.first(50));
        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).organisation()).isEqualTo("Secours catholique");
        assertThat(shown.get(0).loggedBy()).isEqualTo("Secours catholique");

        interactions.reject(caf, contributed.id(), contributed.version(), null);
        assertThat(feed.feed(caf, true, all, Page.first(50))).hasSize(1);
        // The same from the tables (a filtered feed never comes from memory).
        assertThat(feed.feed(caf, true, new org.campaigntracker.core.activity.ActivityFilter(null, null, grivel, null,
                null), Page.first(50))).singleElement().satisfies(e -> assertThat(e.loggedBy()).isEqualTo("Valérie"));
    }
}
