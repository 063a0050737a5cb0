package org.campaigntracker.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.position.PositionLevel;

/**
 * The ledger of one campaign: one row per active demand, one column per direct target.
 *
 * @param targets  the columns, in name order
 * @param rows     the demands, in theme then demand order
 * @param themes   per theme, how many demands reached each best level and how many show a backtrack
 * @param timeline every change of position of a direct target, oldest first
 */
public record LedgerMatrix(List<Target> targets, List<Row> rows, List<ThemeRollup> themes, List<Change> timeline) {

    public LedgerMatrix {
        targets = List.copyOf(targets);
        rows = List.copyOf(rows);
        themes = List.copyOf(themes);
        timeline = List.copyOf(timeline);
    }

    /** A direct target; {@code label} is "Nicolas Grivel (CNAF)". */
    public record Target(long id, String label) {
    }

    /**
     * Where one target stands on one demand now.
     *
     * @param backtrack the statement is a backtrack, or falls below a level the target had stated before
     * @param evidence  what backs the statement: "interaction #12", "press #3" or a document's name; null if nothing
     */
    public record Cell(long targetId, PositionLevel level, LocalDate statedOn, boolean backtrack, String evidence) {
    }

    /** One demand: its best level among the direct targets (backtracks excluded) and the targets' cells. */
    public record Row(long demandId, String code, String title, String themeCode, PositionLevel best,
                      List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public boolean anyBacktrack() {
            return cells.stream().anyMatch(Cell::backtrack);
        }

        /** The cell of a target, or null when that target never stated anything on the demand. */
        public Cell cell(long targetId) {
            return cells.stream().filter(c -> c.targetId() == targetId).findFirst().orElse(null);
        }
    }

    /** A theme's rollup; {@code byBest} keys are in progress order, best last. */
    public record ThemeRollup(String code, String title, int demands, Map<PositionLevel, Integer> byBest,
                              int backtracks) {
        public ThemeRollup {
            byBest = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byBest));
        }
    }

    /** A change of position; {@code from} is null for a target's first statement on the demand. */
    public record Change(LocalDate on, long demandId, String demandCode, long targetId, String target,
                         PositionLevel from, PositionLevel to, boolean backtrack, String evidence) {
    }
}
