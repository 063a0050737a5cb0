package org.campaigntracker.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.position.CafFixture;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.core.store.Transactions;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.campaigntracker.db.testing.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write updates the kept progress by what it changed: a logged interaction is merged without any computation, a
 * position recomputes its demand only, and a write this process did not make recomputes the campaign.
 */
class ProgressKeptIncrementallyTest {

    private static final Clock FEB_2023 = Clock.fixed(LocalDate.of(2023, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final List<String> statements = new CopyOnWriteArrayList<>();
    private final List<Object[]> positionReads = new CopyOnWriteArrayList<>();
    private Tracker tracker;
    private CafFixture caf;
    private long suspensions;
    private long controls;
    private long target;
    private InteractionService interactions;
    private PositionService positions;
    private ProgressService progress;

    @BeforeEach
    void setUp() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource(), FEB_2023);
        caf = new CafFixture(tracker, "caf-2023");
        suspensions = caf.demand("Sortir de l’illégalité", "Interdire les suspensions automatiques");
        controls = caf.demand("Contrôles", "Encadrer les contrôles");
        target = caf.stakeholder("CNAF", StakeholderCategory.direct_target);
        // Services over one unit of work that sees every statement they run.
        DSLContext watched = tracker.dsl().configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                statements.add(ctx.sql());
                if (ctx.sql().contains("distinct on") && ctx.query() != null) {
                    positionReads.add(ctx.query().getBindValues().toArray());
                }
            }
        }).dsl();
        Transactions transactions = new Transactions(watched, RevisionWatch.none());
        interactions = new InteractionService(transactions);
        positions = new PositionService(transactions);
        progress = new ProgressService(transactions, FEB_2023);
    }

    @Test
    void aLoggedInteractionIsMergedWithoutComputingAnything() {
        progress.progress(caf.campaignId);
        assertThat(computations()).isEqualTo(1);

        interactions.log(caf.campaignId, meeting("Rencontre CNAF", suspensions));
        Progress kept = progress.progress(caf.campaignId);

        assertThat(computations()).isEqualTo(1);
        assertThat(kept.themes().get(0).demands().get(0).interactions())
                .extracting(DemandProgress.InteractionEvidence::title).containsExactly("Rencontre CNAF");
        assertThat(kept).isEqualTo(recomputed());
    }

    @Test
    void aPositionRecomputesItsDemandOnly() {
        progress.progress(caf.campaignId);
        positionReads.clear();

        positions.record(caf.campaignId, PositionDraft.of(target, controls, PositionLevel.supportive,
                LocalDate.of(2023, 1, 20)));
        Progress kept = progress.progress(caf.campaignId);

        assertThat(computations()).isEqualTo(2);
        assertThat(positionReads).hasSize(1);
        assertThat(demandsAskedFor(positionReads.get(0))).containsExactly(controls);
        assertThat(kept).isEqualTo(recomputed());
    }

    @Test
    void aWriteThisProcessDidNotMakeRecomputesTheCampaign() {
        long logged = interactions.log(caf.campaignId, meeting("Rencontre CNAF", suspensions)).id();
        progress.progress(caf.campaignId);
        positionReads.clear();

        // As another instance would: only the revision tells.
        tracker.dsl().update(INTERACTION).set(INTERACTION.TITLE, "Rencontre DG CNAF").where(INTERACTION.ID.eq(logged))
                .execute();
        Progress kept = progress.progress(caf.campaignId);

        assertThat(demandsAskedFor(positionReads.get(0))).containsExactlyInAnyOrder(suspensions, controls);
        assertThat(kept.themes().get(0).demands().get(0).interactions())
                .extracting(DemandProgress.InteractionEvidence::title).containsExactly("Rencontre DG CNAF");
        assertThat(kept).isEqualTo(recomputed());
    }

    private InteractionDraft meeting(String title, long demand) {
        return new InteractionDraft(InteractionKind.MEETING, LocalDate.of(2023, 1, 17), title, null, null, null,
                null, List.of(target), null, List.of(demand));
    }

    private long computations() {
        return statements.stream().filter(sql -> sql.contains("repeatable read")).count();
    }

    private Progress recomputed() {
        return new ProgressService(tracker.transactions(), FEB_2023).progress(caf.campaignId);
    }

    /** The demand ids bound to the positions query: the last array among its parameters. */
    private static List<Long> demandsAskedFor(Object[] binds) {
        for (int i = binds.length - 1; i >= 0; i--) {
            if (binds[i] instanceof Long[] ids) {
                return Arrays.asList(ids);
            }
        }
        throw new AssertionError("no demand ids in " + Arrays.toString(binds));
    }
}
