package org.campaigntracker.core.position;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ledger's rules, free of the database: which level is progress, and what a demand's status is. */
public final class Ledger {

    /**
     * Progress order, worst first. Opposed ranks below unknown: a target known to be against is further from the
     * goal than one nobody has asked. A backtrack is not on this scale at all.
     */
    private static final List<PositionLevel> PROGRESS = List.of(PositionLevel.opposed, PositionLevel.unknown,
            PositionLevel.hesitant, PositionLevel.supportive, PositionLevel.committed_verbally,
            PositionLevel.committed_in_writing, PositionLevel.implemented);

    /** Orders levels by progress; a backtrack sorts after every other level so lists show it apart. */
    public static final Comparator<PositionLevel> ORDER = Comparator.comparingInt(Ledger::rank);

    private Ledger() {
    }

    public static boolean countsAsProgress(PositionLevel level) {
        return level != PositionLevel.backtracked;
    }

    /**
     * The status of a demand from the current positions of the direct targets on it. Positions on other demands
     * are ignored, so a caller may pass a whole campaign's current positions.
     */
    public static DemandStatus status(long demandId, List<Position> currentPositionsOfDirectTargets) {
        Map<PositionLevel, List<Long>> byLevel = new EnumMap<>(PositionLevel.class);
        List<Long> backtracked = new ArrayList<>();
        for (Position p : currentPositionsOfDirectTargets) {
            if (p.demandId() != demandId) {
                continue;
            }
            byLevel.computeIfAbsent(p.level(), l -> new ArrayList<>()).add(p.stakeholderId());
            if (!countsAsProgress(p.level())) {
                backtracked.add(p.stakeholderId());
            }
        }
        // With no target on record, nothing is known; with only opposed targets, opposed is the best there is.
        PositionLevel best = byLevel.keySet().stream().filter(Ledger::countsAsProgress).max(ORDER)
                .orElse(PositionLevel.unknown);
        byLevel.values().forEach(Collections::sort);
        Collections.sort(backtracked);
        return new DemandStatus(demandId, best, byLevel, backtracked);
    }

    static Map<PositionLevel, List<Long>> copyOrdered(Map<PositionLevel, List<Long>> byLevel) {
        Map<PositionLevel, List<Long>> copy = new LinkedHashMap<>();
        byLevel.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER))
                .forEach(e -> copy.put(e.getKey(), List.copyOf(e.getValue())));
        return Collections.unmodifiableMap(copy);
    }

    private static int rank(PositionLevel level) {
        int i = PROGRESS.indexOf(level);
        return i >= 0 ? i : PROGRESS.size();
    }
}
