package org.campaigntracker.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.core.position.PositionLevel.backtracked;
import static org.campaigntracker.core.position.PositionLevel.committed_in_writing;
import static org.campaigntracker.core.position.PositionLevel.committed_verbally;
import static org.campaigntracker.core.position.PositionLevel.hesitant;
import static org.campaigntracker.core.position.PositionLevel.supportive;
import static org.campaigntracker.core.position.PositionLevel.unknown;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.ledger.LedgerMatrix.Change;
import org.campaigntracker.core.ledger.LedgerMatrix.Row;
import org.campaigntracker.core.ledger.LedgerMatrix.Target;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionLevel;
import org.junit.jupiter.api.Test;

/** Small fixed cases: two themes, three demands, two direct targets and a bystander. */
class LedgerRulesTest {

    private static final long GRIVEL = 1;
    private static final long MINISTRY = 2;
    private static final long ALLY = 9;
    private static final List<Theme> THEMES = List.of(theme(10, "1"), theme(20, "2"));
    private static final List<Demand> DEMANDS = List.of(demand(11, 10, "1.1"), demand(12, 10, "1.2"),
            demand(21, 20, "2.1"), new Demand(22, 1, 20, "2.2", "retired", null, LocalDate.of(2022, 1, 1), 1));
    private static final List<Target> TARGETS = List.of(new Target(MINISTRY, "Ministère"),
            new Target(GRIVEL, "Nicolas Grivel (CNAF)"));

    private final List<Position> history = new ArrayList<>();

    @Test
    void theBestPositionIsTheFurthestAmongTheDirectTargetsOnly() {
        said(GRIVEL, 11, hesitant, 1);
        said(MINISTRY, 11, committed_verbally, 2);
        said(ALLY, 11, committed_in_writing, 3);
        LedgerMatrix m = build();
        Row row = m.rows().get(0);
        assertThat(row.code()).isEqualTo("1.1");
        assertThat(row.best()).isEqualTo(committed_verbally);
        assertThat(row.cell(ALLY)).isNull();
        assertThat(row.cell(GRIVEL).level()).isEqualTo(hesitant);
        assertThat(m.targets()).extracting(Target::label).containsExactly("Ministère", "Nicolas Grivel (CNAF)");
        assertThat(m.rows()).extracting(Row::code).containsExactly("1.1", "1.2", "2.1");
        assertThat(m.rows().get(1).best()).isEqualTo(unknown);
    }

    @Test
    void aStatedBacktrackAndADropBelowAnEarlierLevelAreBothBacktracks() {
        said(GRIVEL, 11, committed_verbally, 1);
        said(GRIVEL, 11, hesitant, 5);
        said(MINISTRY, 12, supportive, 2);
        said(MINISTRY, 12, backtracked, 6);
        said(GRIVEL, 21, hesitant, 3);
        said(GRIVEL, 21, supportive, 4);
        LedgerMatrix m = build();
        assertThat(m.rows().get(0).cell(GRIVEL).backtrack()).isTrue();
        assertThat(m.rows().get(0).best()).isEqualTo(hesitant);
        assertThat(m.rows().get(1).cell(MINISTRY).backtrack()).isTrue();
        // Only backtracked target on 1.2: no progress is left.
        assertThat(m.rows().get(1).best()).isEqualTo(unknown);
        assertThat(m.rows().get(2).anyBacktrack()).isFalse();
        assertThat(m.rows().get(2).best()).isEqualTo(supportive);
    }

    @Test
    void theTimelineListsEachChangeOldestFirstWithWhereItCameFrom() {
        said(GRIVEL, 11, committed_verbally, 1);
        said(GRIVEL, 11, committed_verbally, 2);
        said(GRIVEL, 11, hesitant, 5);
        said(ALLY, 11, supportive, 6);
        List<Change> timeline = build().timeline();
        assertThat(timeline).extracting(Change::from, Change::to, Change::backtrack).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, committed_verbally, false),
                org.assertj.core.groups.Tuple.tuple(committed_verbally, hesitant, true));
        assertThat(timeline.get(1).on()).isEqualTo(day(5));
        assertThat(timeline.get(1).evidence()).isEqualTo("interaction #5");
    }

    @Test
    void themesRollUpTheirDemandsBestLevelsAndBacktracks() {
        said(GRIVEL, 11, committed_verbally, 1);
        said(MINISTRY, 12, supportive, 1);
        said(MINISTRY, 12, hesitant, 2);
        said(GRIVEL, 21, supportive, 1);
        LedgerMatrix m = build();
        assertThat(m.themes()).hasSize(2);
        LedgerMatrix.ThemeRollup first = m.themes().get(0);
        assertThat(first.demands()).isEqualTo(2);
        assertThat(first.byBest()).containsExactly(Map.entry(hesitant, 1), Map.entry(committed_verbally, 1));
        assertThat(first.backtracks()).isEqualTo(1);
        // The retired demand 2.2 is not counted.
        assertThat(m.themes().get(1).demands()).isEqualTo(1);
        assertThat(m.themes().get(1).byBest()).containsExactly(Map.entry(supportive, 1));
    }

    private LedgerMatrix build() {
        return LedgerRules.build(THEMES, DEMANDS, TARGETS, history);
    }

    private void said(long who, long demand, PositionLevel level, int day) {
        history.add(new Position(history.size() + 1, 1, who, demand, level, day(day), (long) day, null, null, null,
                null, 1));
    }

    private static LocalDate day(int d) {
        return LocalDate.of(2023, 1, d);
    }

    private static Theme theme(long id, String code) {
        return new Theme(id, 1, code, (int) id, "Theme " + code, null, null, 1);
    }

    private static Demand demand(long id, long theme, String code) {
        return new Demand(id, 1, theme, code, "Demand " + code, null, null, 1);
    }
}
