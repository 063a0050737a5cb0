package org.campaigntracker.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.activity.ActivityEntry;
import org.campaigntracker.core.activity.ActivityFilter;
import org.campaigntracker.core.activity.ActivityKind;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.position.CafFixture;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProgressServiceTest {

    private static final Clock FEB_2023 = Clock.fixed(LocalDate.of(2023, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private DataSource db;
    private Tracker tracker;
    private CafFixture caf;
    private long suspensions;
    private long grivel;

    @BeforeEach
    void setUp() {
        db = TestPostgres.freshDatabase().simpleDataSource();
        tracker = Tracker.over(db, FEB_2023);
        caf = new CafFixture(tracker, "caf-2023");
        suspensions = caf.demand("Sortir de l’illégalité", "Interdire les suspensions automatiques");
        long cnaf = tracker.stakeholders().add(caf.campaignId, StakeholderDraft.organisation("CNAF",
                StakeholderCategory.direct_target)).id();
        grivel = tracker.stakeholders().add(caf.campaignId, new StakeholderDraft(StakeholderKind.person,
                "Nicolas Grivel", "Directeur général", cnaf, StakeholderCategory.direct_target, 5, 0, "private")).id();
    }

    @Test
    void progressShowsTheBestLevelTheTargetsByFunctionAndTheEvidence() {
        long meeting = tracker.interactions().log(caf.campaignId, new InteractionDraft(InteractionKind.MEETING,
                LocalDate.of(2023, 1, 17), "Rencontre CNAF", "privé", null, null, null, List.of(grivel), null,
                List.of(suspensions))).id();
        tracker.positions().record(caf.campaignId, new PositionDraft(grivel, suspensions,
                PositionLevel.committed_verbally, LocalDate.of(2023, 1, 17), meeting, null, null, "private"));
        tracker.plan().add(caf.campaignId, MilestoneDraft.on("Appel des 80", LocalDate.of(2023, 4, 1)));

        Progress p = tracker.progress().progress(caf.campaignId);
        DemandProgress d = p.themes().get(0).demands().get(0);
        assertThat(d.best()).isEqualTo(PositionLevel.committed_verbally);
        TargetStanding t = d.targets().get(0);
        assertThat(t.name()).isNull();
        assertThat(t.function()).isEqualTo("Directeur général");
        assertThat(t.organisation()).isEqualTo("CNAF");
        assertThat(t.interaction().title()).isEqualTo("Rencontre CNAF");
        assertThat(d.interactions()).extracting(DemandProgress.InteractionEvidence::title)
                .containsExactly("Rencontre CNAF");
        assertThat(d.lastActivity()).isEqualTo(LocalDate.of(2023, 1, 17));
        assertThat(p.lastActivity()).isEqualTo(LocalDate.of(2023, 1, 17));
        assertThat(p.nextMilestone().title()).isEqualTo("Appel des 80");
    }

    @Test
    void theCacheIsReusedUntilAnyInstanceWrites() {
        Progress first = tracker.progress().progress(caf.campaignId);
        assertThat(tracker.progress().progress(caf.campaignId)).isSameAs(first);

        // Another instance over the same database: its write must invalidate this one's cache.
        try (Tracker other = Tracker.over(db, FEB_2023)) {
            other.positions().record(caf.campaignId, PositionDraft.of(grivel, suspensions, PositionLevel.supportive,
                    LocalDate.of(2023, 1, 20)));
        }
        Progress second = tracker.progress().progress(caf.campaignId);
        assertThat(second.revision()).isGreaterThan(first.revision());
        assertThat(second.themes().get(0).demands().get(0).best()).isEqualTo(PositionLevel.supportive);
    }

    @Test
    void partnersActivityFeedHasNoPrivateSummaryNorCommitments() {
        tracker.interactions().log(caf.campaignId, new InteractionDraft(InteractionKind.MEETING,
                LocalDate.of(2023, 1, 17), "Rencontre CNAF", "privé", "public", null, null, List.of(grivel), null,
                List.of(suspensions)));
        tracker.commitments().add(caf.campaignId, org.campaigntracker.core.commitment.CommitmentDraft.of(grivel,
                "Répondre par écrit", LocalDate.of(2023, 1, 17)));
        List<ActivityEntry> partner = tracker.activity().feed(caf.campaignId, false, ActivityFilter.all(),
                Page.first(10));
        assertThat(partner).extracting(ActivityEntry::kind).containsExactly(ActivityKind.interaction);
        assertThat(partner.get(0).detail()).isEqualTo("public");
        List<ActivityEntry> adviser = tracker.activity().feed(caf.campaignId, true, ActivityFilter.all(),
                Page.first(10));
        assertThat(adviser).extracting(ActivityEntry::kind)
                .containsExactly(ActivityKind.commitment, ActivityKind.interaction);
        assertThat(adviser.get(1).detail()).isEqualTo("privé");
    }

    @Test
    void eachDemandShowsItsNewestInteractionsUpToToday() {
        long ai = caf.demand("Transparence", "Publier le code source des algorithmes");
        long silent = caf.demand("Score de risque", "Supprimer le score de risque");
        List<Long> onSuspensions = new java.util.ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            onSuspensions.add(log("Réunion " + day, LocalDate.of(2023, 1, day), suspensions));
        }
        long sameDay = log("Réunion 7 bis", LocalDate.of(2023, 1, 7), suspensions);
        log("Après aujourd’hui", LocalDate.of(2023, 3, 1), suspensions);
        long onAi = log("Atelier code source", LocalDate.of(2022, 12, 5), ai);
        // Moved to a later date: it must be ranked by its new date.
        var moved = tracker.interactions().get(caf.campaignId, onSuspensions.get(0));
        tracker.interactions().update(caf.campaignId, moved.id(), moved.version(), new InteractionDraft(
                moved.kind(), LocalDate.of(2023, 1, 20), moved.title(), null, null, null, null, moved.participantIds(),
                moved.attendeeIds(), moved.demandIds()));

        List<DemandProgress> demands = tracker.progress().progress(caf.campaignId).themes().stream()
                .flatMap(t -> t.demands().stream()).toList();
        DemandProgress d = demands.stream().filter(x -> x.demandId() == suspensions).findFirst().orElseThrow();
        assertThat(d.interactions()).extracting(DemandProgress.InteractionEvidence::title)
                .containsExactly("Réunion 1", "Réunion 7 bis", "Réunion 7", "Réunion 6", "Réunion 5");
        assertThat(d.interactions().get(1).interactionId()).isEqualTo(sameDay);
        assertThat(d.lastActivity()).isEqualTo(LocalDate.of(2023, 1, 20));
        DemandProgress a = demands.stream().filter(x -> x.demandId() == ai).findFirst().orElseThrow();
        assertThat(a.interactions()).extracting(DemandProgress.InteractionEvidence::interactionId).containsExactly(onAi);
        DemandProgress none = demands.stream().filter(x -> x.demandId() == silent).findFirst().orElseThrow();
        assertThat(none.interactions()).isEmpty();
        assertThat(none.lastActivity()).isNull();
    }

    @Test
    void theActivityFeedPagesThroughEveryKindInDateOrder() {
        for (int day = 1; day <= 9; day++) {
            log("Réunion " + day, LocalDate.of(2023, 1, day), suspensions);
            if (day % 2 == 0) {
                tracker.press().add(caf.campaignId, org.campaigntracker.core.press.PressItemDraft.of("Le Monde",
                        org.campaigntracker.core.press.PressMedium.PRINT, LocalDate.of(2023, 1, day), "Article " + day,
                        null));
            }
            if (day % 3 == 0) {
                tracker.positions().record(caf.campaignId, PositionDraft.of(grivel, suspensions,
                        PositionLevel.hesitant, LocalDate.of(2023, 1, day)));
            }
        }
        List<ActivityEntry> all = tracker.activity().feed(caf.campaignId, true, ActivityFilter.all(), Page.first(100));
        assertThat(all).hasSize(9 + 4 + 3);
        assertThat(all).extracting(ActivityEntry::on).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<ActivityEntry> paged = new java.util.ArrayList<>();
        for (Page page = Page.first(4); paged.size() < all.size(); page = page.next()) {
            List<ActivityEntry> slice = tracker.activity().feed(caf.campaignId, true, ActivityFilter.all(), page);
            assertThat(slice).isNotEmpty();
            paged.addAll(slice);
        }
        assertThat(paged).isEqualTo(all);
        assertThat(tracker.activity().feed(caf.campaignId, true, ActivityFilter.all(),
                new Page(100, Integer.MAX_VALUE))).isEmpty();
    }

    @Test
    void aLinkAlwaysCarriesItsInteractionsDate() {
        long id = log("Réunion", LocalDate.of(2023, 1, 5), suspensions);
        var dsl = tracker.dsl();
        // Any writer, even plain SQL: the interaction's new date reaches its links.
        dsl.execute("update interaction set occurred_on = date '2023-01-25' where id = ?", id);
        assertThat(dsl.fetchValue("select occurred_on from interaction_demand where interaction_id = ?", id))
                .isEqualTo(java.sql.Date.valueOf("2023-01-25"));
        long other = caf.demand("Transparence", "Publier le code source des algorithmes");
        dsl.execute("insert into interaction_demand (interaction_id, demand_id, campaign_id) values (?, ?, ?)", id,
                other, caf.campaignId);
        assertThat(dsl.fetchValue("select occurred_on from interaction_demand where interaction_id = ? and demand_id = ?",
                id, other)).isEqualTo(java.sql.Date.valueOf("2023-01-25"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dsl.execute(
                "update interaction_demand set occurred_on = date '2023-01-01' where interaction_id = ?", id))
                .hasMessageContaining("differs from interaction");
    }

    private long log(String title, LocalDate on, long demand) {
        return tracker.interactions().log(caf.campaignId, new InteractionDraft(InteractionKind.MEETING, on, title,
                null, null, null, null, List.of(grivel), null, List.of(demand))).id();
    }
}
