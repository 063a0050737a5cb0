package org.campaigntracker.core.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.ledger.LedgerMatrix.Cell;
import org.campaigntracker.core.ledger.LedgerMatrix.Change;
import org.campaigntracker.core.ledger.LedgerMatrix.Row;
import org.campaigntracker.core.ledger.LedgerMatrix.Target;
import org.campaigntracker.core.ledger.LedgerMatrix.ThemeRollup;
import org.campaigntracker.core.position.Ledger;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionLevel;

/**
 * Builds the ledger from the whole position history. A demand's best level follows {@link Ledger#status}; on top of
 * it a statement counts as a backtrack when it says so, or when it falls below a level the same target had already
 * stated on the same demand (committed in January, only "hesitant" in March): both are what coordinators must see.
 */
public final class LedgerRules {

    private LedgerRules() {
    }

    /**
     * @param history every position of the campaign, oldest first; statements of stakeholders that are not in
     *                {@code targets} and on demands that are not listed are ignored
     */
    public static LedgerMatrix build(List<Theme> themes, List<Demand> demands, List<Target> targets,
                                     List<Position> history) {
        Map<Long, Target> byId = targets.stream().collect(Collectors.toMap(Target::id, Function.identity()));
        List<Demand> active = demands.stream().filter(Demand::active).toList();
        Set<Long> demandIds = active.stream().map(Demand::id).collect(Collectors.toSet());
        Map<Long, String> codes = active.stream().collect(Collectors.toMap(Demand::id, Demand::code));
        Map<Long, String> themeCodes = themes.stream().collect(Collectors.toMap(Theme::id, Theme::code));

        Map<List<Long>, Cell> current = new HashMap<>();
        Map<List<Long>, Position> currentPosition = new HashMap<>();
        Map<List<Long>, PositionLevel> highest = new HashMap<>();
        List<Change> timeline = new ArrayList<>();
        for (Position p : history) {
            if (!byId.containsKey(p.stakeholderId()) || !demandIds.contains(p.demandId())) {
                continue;
            }
            List<Long> key = List.of(p.demandId(), p.stakeholderId());
            Cell before = current.get(key);
            boolean backtrack = isBacktrack(p.level(), highest.get(key));
            if (Ledger.countsAsProgress(p.level())) {
                highest.merge(key, p.level(), (a, b) -> Ledger.ORDER.compare(a, b) >= 0 ? a : b);
            }
            Cell now = new Cell(p.stakeholderId(), p.level(), p.statedOn(), backtrack, evidence(p));
            current.put(key, now);
            currentPosition.put(key, p);
            if (before == null || before.level() != p.level()) {
                timeline.add(new Change(p.statedOn(), p.demandId(), codes.get(p.demandId()), p.stakeholderId(),
                        byId.get(p.stakeholderId()).label(), before == null ? null : before.level(), p.level(),
                        backtrack, now.evidence()));
            }
        }
        List<Target> columns = targets.stream().sorted(Comparator.comparing(Target::label)).toList();
        List<Row> rows = new ArrayList<>();
        for (Demand d : active) {
            List<Cell> cells = columns.stream().map(t -> current.get(List.of(d.id(), t.id())))
                    .filter(c -> c != null).toList();
            List<Position> positions = columns.stream().map(t -> currentPosition.get(List.of(d.id(), t.id())))
                    .filter(p -> p != null).toList();
            rows.add(new Row(d.id(), d.code(), d.title(), themeCodes.get(d.themeId()),
                    Ledger.status(d.id(), positions).best(), cells));
        }
        return new LedgerMatrix(columns, rows, rollups(themes, active, rows), timeline);
    }

    /** A stated backtrack, or a level below the best one the target had reached before. */
    static boolean isBacktrack(PositionLevel level, PositionLevel highestBefore) {
        if (!Ledger.countsAsProgress(level)) {
            return true;
        }
        return highestBefore != null && Ledger.ORDER.compare(level, highestBefore) < 0;
    }

    private static List<ThemeRollup> rollups(List<Theme> themes, List<Demand> demands, List<Row> rows) {
        Map<Long, Row> rowOf = rows.stream().collect(Collectors.toMap(Row::demandId, Function.identity()));
        List<ThemeRollup> result = new ArrayList<>();
        for (Theme theme : themes) {
            if (!theme.active()) {
                continue;
            }
            Map<PositionLevel, Integer> counts = new EnumMap<>(PositionLevel.class);
            int n = 0;
            int backtracks = 0;
            for (Demand d : demands) {
                if (d.themeId() == theme.id()) {
                    Row row = rowOf.get(d.id());
                    n++;
                    counts.merge(row.best(), 1, Integer::sum);
                    backtracks += row.anyBacktrack() ? 1 : 0;
                }
            }
            Map<PositionLevel, Integer> ordered = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.comparingByKey(Ledger.ORDER))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            result.add(new ThemeRollup(theme.code(), theme.title(), n, ordered, backtracks));
        }
        return result;
    }

    private static String evidence(Position p) {
        if (p.evidenceInteractionId() != null) {
            return "interaction #" + p.evidenceInteractionId();
        }
        if (p.evidencePressItemId() != null) {
            return "press #" + p.evidencePressItemId();
        }
        return p.evidenceDocument();
    }
}
