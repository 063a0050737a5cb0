package org.campaigntracker.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.activity.ActivityEntry;
import org.campaigntracker.core.activity.ActivityFilter;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderFilter;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The read models maintained incrementally (progress, the newest activity, the stakeholder list) equal what is read
 * from the tables after any sequence of writes through the services. Each example is a random sequence of writes on a
 * fresh campaign; after the steps that read, the kept progress and the first pages of the feed and of the stakeholders
 * are compared with those read inside a unit of work, which always reads the tables. Steps that do not read let
 * several commits pile up between two refreshes; writes made around core (as another instance would) and writes that
 * do not tell what they changed exercise the fall-back to a full computation. A failure is shrunk to a shorter
 * sequence and printed with its seed ({@code -Dprogress.seed=…} replays it).
 */
class IncrementalReadModelsPropertyTest {

    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 1);
    private static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final long SEED = Long.getLong("progress.seed", 20_231_117L);

    private static Tracker tracker;
    private static int campaigns;

    enum Op {
        LOG, LOG_MANY, UPDATE_INTERACTION, DELETE_INTERACTION, RECORD_POSITION, CORRECT_POSITION, DELETE_POSITION,
        ADD_PRESS, UPDATE_PRESS, DELETE_PRESS, RETIRE_DEMAND, ADD_DEMAND, RETIRE_THEME, ADD_MILESTONE,
        MILESTONE_DONE, ADD_COMMITMENT, ADD_STAKEHOLDER, ROLLED_BACK_LOG, UNTOLD_WRITE, WRITE_AROUND_CORE
    }

    /** One write; {@code pick} chooses among existing records and values; {@code read} compares after it. */
    record Step(Op op, int[] pick, boolean read) {
        int pick(int i, int bound) {
            return bound == 0 ? 0 : pick[i] % bound;
        }

        @Override
        public String toString() {
            return op + Arrays.toString(pick) + (read ? " read" : "");
        }
    }

    @BeforeAll
    static void database() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource(), CLOCK);
    }

    @Test
    void keptReadModelsEqualWhatTheTablesSayAfterAnySequenceOfWrites() {
        // Logging is the most frequent write, and only many of them fill a demand's latest list past its end.
        Gen<Op> ops = Generate.frequency(Pair.of(8, Generate.pick(List.of(Op.LOG, Op.LOG_MANY))),
                Pair.of(Op.values().length, Generate.enumValues(Op.class)));
        Gen<Step> steps = ops.zip(Generate.intArrays(Generate.constant(4), Generate.range(0, 1000)),
                Generate.booleans(), Step::new);
        qt().withFixedSeed(SEED).withExamples(Integer.getInteger("progress.examples", 15)).withShrinkCycles(20)
                .forAll(lists().of(steps).ofSizeBetween(1, 40))
                .checkAssert(IncrementalReadModelsPropertyTest::run);
    }

    private static void run(List<Step> steps) {
        World w = new World();
        w.readAndCompare();
        for (Step s : steps) {
            w.apply(s);
            if (s.read()) {
                w.readAndCompare();
            }
        }
        w.readAndCompare();
    }

    /** One campaign: two themes of two demands, three direct targets (an organisation and two of its people). */
    private static final class World {
        final long c;
        final List<Long> themes = new ArrayList<>();
        final List<Demand> demands = new ArrayList<>();
        final List<Long> targets = new ArrayList<>();
        final List<Interaction> interactions = new ArrayList<>();
        final List<Position> positions = new ArrayList<>();
        final List<PressItem> press = new ArrayList<>();
        final List<Long> milestones = new ArrayList<>();
        int n;

        World() {
            c = tracker.campaigns().create(CampaignDraft.of("prop-" + ++campaigns, "Propriété " + campaigns)).id();
            for (int t = 0; t < 2; t++) {
                long theme = tracker.demands().addTheme(c, ThemeDraft.of("Thème " + t)).id();
                themes.add(theme);
                for (int d = 0; d < 2; d++) {
                    demands.add(tracker.demands().addDemand(c, DemandDraft.of(theme, "Exigence " + t + "." + d)));
                }
            }
            long org = tracker.stakeholders().add(c, StakeholderDraft.organisation("CNAF",
                    StakeholderCategory.direct_target)).id();
            targets.add(org);
            for (String name : List.of("Nicolas Grivel", "Marie Dupont")) {
                targets.add(tracker.stakeholders().add(c, new StakeholderDraft(StakeholderKind.person, name,
                        "Direction", org, StakeholderCategory.direct_target, 3, 0, null)).id());
            }
        }

        void apply(Step s) {
            n++;
            LocalDate day = AS_OF.minusDays(12).plusDays(s.pick(0, 16)); // a few days after "today" too
            switch (s.op()) {
                case LOG -> interactions.add(tracker.interactions().log(c, meeting(s, day)));
                case LOG_MANY -> tracker.transactions().transaction(tx -> {
                    // One unit of work, several told changes in one commit.
                    interactions.add(tracker.interactions().log(c, meeting(s, day)));
                    interactions.add(tracker.interactions().log(c, meeting(s, day.minusDays(1))));
                    return null;
                });
                case UPDATE_INTERACTION -> {
                    if (!interactions.isEmpty()) {
                        int i = s.pick(1, interactions.size());
                        Interaction old = interactions.get(i);
                        interactions.set(i, tracker.interactions().update(c, old.id(), old.version(),
                                meeting(s, day)));
                    }
                }
                case DELETE_INTERACTION -> {
                    if (!interactions.isEmpty()) {
                        Interaction old = interactions.remove(s.pick(1, interactions.size()));
                        tracker.interactions().delete(c, old.id(), old.version());
                        positions.replaceAll(p -> tracker.positions().position(c, p.id())); // evidence set null
                    }
                }
                case RECORD_POSITION -> positions.add(tracker.positions().record(c, position(s, day)));
                case CORRECT_POSITION -> {
                    if (!positions.isEmpty()) {
                        int i = s.pick(1, positions.size());
                        Position old = positions.get(i);
                        positions.set(i, tracker.positions().correct(c, old.id(), old.version(), position(s, day)));
                    }
                }
                case DELETE_POSITION -> {
                    if (!positions.isEmpty()) {
                        Position old = positions.remove(s.pick(1, positions.size()));
                        tracker.positions().delete(c, old.id(), old.version());
                    }
                }
                case ADD_PRESS -> press.add(tracker.press().add(c, pressItem(s, day)));
                case UPDATE_PRESS -> {
                    if (!press.isEmpty()) {
                        int i = s.pick(1, press.size());
                        PressItem old = press.get(i);
                        press.set(i, tracker.press().update(c, old.id(), old.version(), pressItem(s, day)));
                    }
                }
                case DELETE_PRESS -> {
                    if (!press.isEmpty()) {
                        PressItem old = press.remove(s.pick(1, press.size()));
                        tracker.press().delete(c, old.id(), old.version());
                        positions.replaceAll(p -> tracker.positions().position(c, p.id()));
                    }
                }
                case RETIRE_DEMAND -> {
                    // Retires an active demand, or brings a retired one back.
                    int i = s.pick(1, demands.size());
                    Demand d = demands.get(i);
                    demands.set(i, tracker.demands().updateDemand(c, d.id(), d.version(), new DemandDraft(
                            d.themeId(), d.code(), d.title() + " ·", d.body(), d.active() ? day : null)));
                }
                case ADD_DEMAND -> demands.add(tracker.demands().addDemand(c, DemandDraft.of(
                        themes.get(s.pick(1, themes.size())), "Nouvelle exigence " + n)));
                case RETIRE_THEME -> {
                    long theme = themes.get(s.pick(1, themes.size()));
                    var t = tracker.demands().theme(c, theme);
                    tracker.demands().updateTheme(c, theme, t.version(), new ThemeDraft(t.code(), t.position(),
                            t.title(), t.description(), t.active() ? day : null));
                }
                case ADD_MILESTONE -> milestones.add(tracker.plan().add(c, MilestoneDraft.on("Jalon " + n,
                        day.plusDays(s.pick(2, 10)))).id());
                case MILESTONE_DONE -> {
                    if (!milestones.isEmpty()) {
                        long m = milestones.remove(s.pick(1, milestones.size()));
                        tracker.plan().markDone(c, m, tracker.plan().milestone(c, m).version(), day);
                    }
                }
                case ADD_COMMITMENT -> tracker.commitments().add(c, new CommitmentDraft(target(s),
                        "Engagement " + n, demand(s).id(), null, day, null, null, null));
                case ADD_STAKEHOLDER -> targets.add(tracker.stakeholders().add(c, new StakeholderDraft(
                        StakeholderKind.person, "Personne " + n, "Cabinet", null, s.pick(2, 2) == 0
                        ? StakeholderCategory.direct_target : StakeholderCategory.ally, 2, 0, null)).id());
                case ROLLED_BACK_LOG -> tracker.transactions().transaction(tx -> {
                    // A savepoint that logs and fails: the unit of work commits having written nothing.
                    try {
                        tracker.transactions().transaction(inner -> {
                            tracker.interactions().log(c, meeting(s, day));
                            throw new IllegalStateException("rolled back");
                        });
                    } catch (IllegalStateException expected) {
                        // the outer unit of work goes on
                    }
                    return null;
                });
                case UNTOLD_WRITE -> {
                    if (!interactions.isEmpty()) {
                        // Marks the campaign changed without telling what: read models recompute.
                        long id = interactions.get(s.pick(1, interactions.size())).id();
                        tracker.transactions().writeVoid(c, tx -> tx.dsl().update(INTERACTION)
                                .set(INTERACTION.TITLE, "Titre corrigé " + n).where(INTERACTION.ID.eq(id)).execute());
                        refresh(id);
                    }
                }
                case WRITE_AROUND_CORE -> {
                    if (!interactions.isEmpty()) {
                        // As another instance would: nothing in this process hears of it but the revision.
                        long id = interactions.get(s.pick(1, interactions.size())).id();
                        tracker.dsl().update(INTERACTION).set(INTERACTION.OCCURRED_ON, day)
                                .where(INTERACTION.ID.eq(id)).execute();
                        refresh(id);
                    }
                }
            }
        }

        private void refresh(long interactionId) {
            interactions.replaceAll(i -> i.id() == interactionId ? tracker.interactions().get(c, i.id()) : i);
        }

        void readAndCompare() {
            Progress kept = tracker.progress().progress(c);
            Progress whole = tracker.transactions().transaction(tx -> tracker.progress().progress(c));
            assertThat(kept).as("kept progress of campaign %d", c).isEqualTo(whole);
            Page stakeholders = new Page(51, 0);
            assertThat(tracker.stakeholders().list(c, StakeholderFilter.ALL, stakeholders)).as("stakeholders")
                    .isEqualTo(tracker.transactions().transaction(
                            tx -> tracker.stakeholders().list(c, StakeholderFilter.ALL, stakeholders)));
            for (boolean personal : List.of(true, false)) {
                for (Page page : List.of(new Page(51, 0))) {
                    List<ActivityEntry> served = tracker.activity().feed(c, personal, ActivityFilter.all(), page);
                    List<ActivityEntry> read = tracker.transactions().transaction(
                            tx -> tracker.activity().feed(c, personal, ActivityFilter.all(), page));
                    assertThat(served).as("feed (personal data: %s, %s)", personal, page).isEqualTo(read);
                }
            }
        }

        private InteractionDraft meeting(Step s, LocalDate day) {
            List<Long> linked = IntStream.range(0, s.pick(3, 3)).mapToObj(k -> demands.get(
                    (s.pick(2, demands.size()) + k) % demands.size()).id()).distinct().toList();
            return new InteractionDraft(InteractionKind.MEETING, day, "Rencontre " + n,
                    s.pick(1, 2) == 0 ? "privé " + n : null, "public " + n, null, null, List.of(target(s)), null,
                    linked);
        }

        private PositionDraft position(Step s, LocalDate day) {
            Long evidence = interactions.isEmpty() || s.pick(3, 2) == 0 ? null
                    : interactions.get(s.pick(3, interactions.size())).id();
            Long article = press.isEmpty() || s.pick(2, 3) != 0 ? null : press.get(s.pick(2, press.size())).id();
            return new PositionDraft(target(s), demand(s).id(),
                    PositionLevel.values()[s.pick(2, PositionLevel.values().length)], day, evidence, article,
                    null, null);
        }

        private PressItemDraft pressItem(Step s, LocalDate day) {
            List<Long> linked = s.pick(3, 3) == 0 ? List.of() : List.of(demand(s).id());
            return new PressItemDraft("Média " + s.pick(2, 4), PressMedium.WEB, day, "Article " + n, null, null,
                    null, null, null, List.of(), linked, List.of(), List.of());
        }

        private long target(Step s) {
            return targets.get(s.pick(1, targets.size()));
        }

        private Demand demand(Step s) {
            return demands.get(s.pick(1, demands.size()));
        }
    }
}
