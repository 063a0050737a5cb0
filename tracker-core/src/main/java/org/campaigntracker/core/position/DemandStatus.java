package org.campaigntracker.core.position;

import java.util.List;
import java.util.Map;

/**
 * How far one demand got with the direct targets.
 *
 * @param best               the best level reached by a target whose current position is not a backtrack;
 *                           {@code unknown} when none has stated anything else
 * @param targetsByLevel     the targets at each current level, levels in progress order, backtracked last
 * @param backtrackedTargets the targets whose current position is a backtrack: flag these to the coordinators
 */
public record DemandStatus(long demandId, PositionLevel best, Map<PositionLevel, List<Long>> targetsByLevel,
                           List<Long> backtrackedTargets) {

    public DemandStatus {
        targetsByLevel = Ledger.copyOrdered(targetsByLevel);
        backtrackedTargets = List.copyOf(backtrackedTargets);
    }

    public boolean anyBacktracked() {
        return !backtrackedTargets.isEmpty();
    }

    public List<Long> targetsAt(PositionLevel level) {
        return targetsByLevel.getOrDefault(level, List.of());
    }
}
