package org.campaigntracker.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.publish.PublicView.CommitmentView;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PublishServiceTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2023-07-01T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate JAN_17 = LocalDate.of(2023, 1, 17);

    private static Tracker tracker;
    private static long caf;
    private static long demand;
    private static long grivel;
    private static long agent;
    private static long cnaf;

    @BeforeAll
    static void campaign() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource(), NOW);
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        long theme = tracker.demands().addTheme(caf, ThemeDraft.of("Transparence")).id();
        demand = tracker.demands().addDemand(caf, DemandDraft.of(theme, "Publier les lettres réseau")).id();
        cnaf = tracker.stakeholders().add(caf, StakeholderDraft.organisation("CNAF",
                StakeholderCategory.direct_target)).id();
        grivel = tracker.stakeholders().add(caf, StakeholderDraft.person("Nicolas Grivel", "Directeur général", cnaf,
                StakeholderCategory.direct_target)).id();
        agent = tracker.stakeholders().add(caf, StakeholderDraft.person("Marie Durand", "Chargée de mission", cnaf,
                StakeholderCategory.direct_target)).id();
    }

    @AfterAll
    static void close() {
        tracker.close();
    }

    @Test
    void onlyWhatIsMarkedPublicIsShownAndOnlyOfficialsAreNamed() {
        Commitment official = commit(grivel, "Publier les lettres réseau", LocalDate.of(2023, 3, 31));
        Commitment byAgent = commit(agent, "Transmettre le calendrier", null);
        Commitment hidden = commit(grivel, "Engagement resté privé", null);
        Position stated = tracker.positions().record(caf, new PositionDraft(cnaf, demand, PositionLevel.hesitant,
                JAN_17, null, null, "Lettre du 24 janvier", "Note privée de l’équipe"));
        tracker.publish().mark(caf, PublicKind.commitment, official.id(), true);
        tracker.publish().mark(caf, PublicKind.commitment, byAgent.id(), true);
        tracker.publish().mark(caf, PublicKind.position, stated.id(), true);

        PublicView view = tracker.publish().preview(caf);

        assertThat(view.commitments()).extracting(CommitmentView::id)
                .containsExactly(official.id(), byAgent.id()).doesNotContain(hidden.id());
        assertThat(view.commitments().get(0).target().label()).isEqualTo("Nicolas Grivel, Directeur général (CNAF)");
        assertThat(view.commitments().get(1).target().label()).isEqualTo("Chargée de mission (CNAF)");
        assertThat(view.toString()).doesNotContain("Marie Durand").doesNotContain("Note privée")
                .doesNotContain("Engagement resté privé");
        assertThat(view.positions()).singleElement().satisfies(p -> {
            assertThat(p.target().label()).isEqualTo("CNAF");
            assertThat(p.source().title()).isEqualTo("Lettre du 24 janvier");
        });

        tracker.publish().mark(caf, PublicKind.commitment, byAgent.id(), false);
        assertThat(tracker.publish().preview(caf).commitments()).extracting(CommitmentView::id)
                .containsExactly(official.id());
    }

    @Test
    void anOpenCommitmentPastItsDueDateIsLateAndClosingOneIsAnEvent() {
        Commitment late = commit(grivel, "Répondre par écrit", LocalDate.of(2023, 6, 30));
        Commitment kept = commit(grivel, "Recevoir la coalition", LocalDate.of(2023, 2, 1));
        kept = tracker.commitments().close(caf, kept.id(), kept.version(), CommitmentStatus.kept,
                LocalDate.of(2023, 1, 30));
        tracker.publish().mark(caf, PublicKind.commitment, late.id(), true);
        tracker.publish().mark(caf, PublicKind.commitment, kept.id(), true);

        PublicView view = tracker.publish().preview(caf);

        assertThat(status(view, late.id())).isEqualTo(PublicStatus.late);
        assertThat(status(view, kept.id())).isEqualTo(PublicStatus.kept);
        List<String> keys = PublicEvent.of(view).stream().map(PublicEvent::key).toList();
        assertThat(keys).contains("commitment-" + late.id() + "-late", "commitment-" + kept.id() + "-kept",
                "commitment-" + late.id() + "-made").doesNotContain("commitment-" + kept.id() + "-late");
        assertThat(PublicEvent.of(view).get(0).on()).isEqualTo(LocalDate.of(2023, 7, 1));
    }

    @Test
    void theViewIsAbsentUntilPublishedAndAfterUnpublishing() {
        assertThat(tracker.publish().published("caf")).isEmpty();
        assertThat(tracker.publish().published("nowhere")).isEmpty();
        var at = tracker.publish().publish(caf);
        assertThat(tracker.publish().published("caf")).get().extracting(PublicView::publishedAt).isEqualTo(at);
        assertThat(tracker.publish().publish(caf)).as("publishing again keeps the first date").isEqualTo(at);
        tracker.publish().unpublish(caf);
        assertThat(tracker.publish().published("caf")).isEmpty();
    }

    @Test
    void markingARowOfAnotherCampaignOrNoRowIsNotFound() {
        long other = tracker.campaigns().create(CampaignDraft.of("autre", "Autre")).id();
        Commitment c = commit(grivel, "Ailleurs", null);
        assertThatThrownBy(() -> tracker.publish().mark(other, PublicKind.commitment, c.id(), true))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tracker.publish().mark(caf, PublicKind.press, 999_999, true))
                .isInstanceOf(NotFoundException.class);
    }

    private static PublicStatus status(PublicView view, long id) {
        return view.commitments().stream().filter(c -> c.id() == id).findFirst().orElseThrow().status();
    }

    private static Commitment commit(long who, String what, LocalDate due) {
        return tracker.commitments().add(caf, new CommitmentDraft(who, what, demand, null, JAN_17, due, null, null));
    }
}
