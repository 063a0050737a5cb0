package org.campaigntracker.core.privacy;

import java.util.List;

/**
 * What a retention sweep erased (or, in a dry run, would erase).
 *
 * @param testimonyIds testimonies whose witness identity went
 * @param auditEvents  audit events past their retention
 */
public record SweepReport(boolean dryRun, List<Long> testimonyIds, int auditEvents) {

    public SweepReport {
        testimonyIds = List.copyOf(testimonyIds);
    }
}
