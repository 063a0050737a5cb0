package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * Which interactions to list; a null field does not filter.
 *
 * @param stakeholderId only interactions this stakeholder took part in
 * @param demandId      only interactions where this demand was discussed
 * @param from          first day included
 * @param to            last day included
 */
public record InteractionFilter(InteractionKind kind, Long stakeholderId, Long demandId, LocalDate from, LocalDate to) {

    public InteractionFilter {
        Check.of()
                .date("from", from)
                .date("to", to)
                .that(from == null || to == null || !from.isAfter(to), "from", "not_after", "to")
                .orThrow();
    }

    public static InteractionFilter all() {
        return new InteractionFilter(null, null, null, null, null);
    }

    public InteractionFilter withKind(InteractionKind k) {
        return new InteractionFilter(k, stakeholderId, demandId, from, to);
    }

    public InteractionFilter withStakeholder(Long id) {
        return new InteractionFilter(kind, id, demandId, from, to);
    }

    public InteractionFilter withDemand(Long id) {
        return new InteractionFilter(kind, stakeholderId, id, from, to);
    }

    public InteractionFilter between(LocalDate first, LocalDate last) {
        return new InteractionFilter(kind, stakeholderId, demandId, first, last);
    }
}
