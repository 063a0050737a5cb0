package org.campaigntracker.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.position.CafFixture;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.core.store.Transactions;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.campaigntracker.db.testing.TestPostgres;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a write, every poll in flight needs the progress anew: one of them computes it and the others share its
 * result, unless they arrived after a change that computation may have missed.
 */
class ProgressComputedOnceTest {

    private static final Clock FEB_2023 = Clock.fixed(LocalDate.of(2023, 2, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final AtomicInteger computations = new AtomicInteger();
    private volatile Consumer<String> onStatement = sql -> { };
    private Tracker tracker;
    private CafFixture caf;
    private long demand;
    private long target;
    private ProgressService progress;

    @BeforeEach
    void setUp() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource(), FEB_2023);
        caf = new CafFixture(tracker, "caf-2023");
        demand = caf.demand("Sortir de l’illégalité", "Interdire les suspensions automatiques");
        target = caf.stakeholder("CNAF", StakeholderCategory.direct_target);
        // The service under test sees every statement it runs: each computation opens with one "repeatable read".
        DSLContext watched = tracker.dsl().configuration().derive(new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                String sql = ctx.sql();
                if (sql.contains("repeatable read")) {
                    computations.incrementAndGet();
                }
                onStatement.accept(sql);
            }
        }).dsl();
        progress = new ProgressService(new Transactions(watched, RevisionWatch.none()), FEB_2023);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void pollsThatMissTogetherShareOneComputation() throws Exception {
        // Each computation reads positions slowly, so all the polls arrive while the first one is still at work.
        onStatement = sql -> {
            if (sql.contains("distinct on")) {
                sleep(300);
            }
        };
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Progress>> polls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            polls.add(pool.submit(() -> {
                start.await();
                return progress.progress(caf.campaignId);
            }));
        }
        start.countDown();
        Progress first = polls.get(0).get(10, TimeUnit.SECONDS);
        for (Future<Progress> poll : polls) {
            assertThat(poll.get(10, TimeUnit.SECONDS)).isSameAs(first);
        }
        assertThat(computations).hasValue(1);
    }

    @Test
    void aPollThatArrivesAfterAWriteDoesNotTakeAComputationStartedBeforeIt() throws Exception {
        CountDownLatch inSnapshot = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        onStatement = sql -> {
            if (sql.contains("distinct on") && Thread.currentThread().getName().equals("early")) {
                inSnapshot.countDown(); // the early poll's snapshot is taken: what is written now is not in it
                await(release);
            }
        };
        Future<Progress> early = pool.submit(() -> named("early", () -> progress.progress(caf.campaignId)));
        assertThat(inSnapshot.await(10, TimeUnit.SECONDS)).isTrue();

        tracker.interactions().log(caf.campaignId, new InteractionDraft(InteractionKind.MEETING,
                LocalDate.of(2023, 1, 31), "Rencontre après le calcul", null, null, null, null, List.of(target), null,
                List.of(demand)));
        Future<Progress> later = pool.submit(() -> named("later", () -> progress.progress(caf.campaignId)));
        sleep(200); // lets the later poll find the early computation and wait for it
        release.countDown();

        Progress old = early.get(10, TimeUnit.SECONDS);
        Progress fresh = later.get(10, TimeUnit.SECONDS);
        assertThat(fresh.revision()).isGreaterThan(old.revision());
        assertThat(titles(old)).doesNotContain("Rencontre après le calcul");
        assertThat(titles(fresh)).contains("Rencontre après le calcul");
        assertThat(computations).hasValue(2);
        assertThat(progress.progress(caf.campaignId)).isSameAs(fresh);
    }

    private static List<String> titles(Progress p) {
        return p.themes().get(0).demands().get(0).interactions().stream()
                .map(DemandProgress.InteractionEvidence::title).toList();
    }

    private static <T> T named(String name, java.util.concurrent.Callable<T> work) throws Exception {
        Thread.currentThread().setName(name);
        return work.call();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
