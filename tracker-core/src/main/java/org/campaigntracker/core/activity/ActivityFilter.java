package org.campaigntracker.core.activity;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * Which events to show; a null field does not filter.
 *
 * @param from first day included
 * @param to   last day included
 */
public record ActivityFilter(ActivityKind kind, Long demandId, Long stakeholderId, LocalDate from, LocalDate to) {

    public ActivityFilter {
        Check.of()
                .date("from", from)
                .date("to", to)
                .that(from == null || to == null || !from.isAfter(to), "from", "not_after", "to")
                .orThrow();
    }

    public static ActivityFilter all() {
        return new ActivityFilter(null, null, null, null, null);
    }
}
