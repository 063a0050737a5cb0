package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * Which interactions to list; a null field does not filter. Rejected contributions are left out unless
 * {@code rejected} is true, which lists only them.
 *
 * @param stakeholderId  only interactions this stakeholder took part in
 * @param demandId       only interactions where this demand was discussed
 * @param from           first day included
 * @param to             last day included
 * @param status         only planned, held or cancelled ones
 * @param organisationId only those made by or on behalf of this partner organisation
 * @param contributed    true: only those a partner organisation's token logged
 * @param rejected       true: only rejected contributions
 */
public record InteractionFilter(InteractionKind kind, Long stakeholderId, Long demandId, LocalDate from, LocalDate to,
                                InteractionStatus status, Long organisationId, Boolean contributed, Boolean rejected) {

    public InteractionFilter {
        Check.of()
                .date("from", from)
                .date("to", to)
                .that(from == null || to == null || !from.isAfter(to), "from", "not_after", "to")
                .orThrow();
    }

    public InteractionFilter(InteractionKind kind, Long stakeholderId, Long demandId, LocalDate from, LocalDate to) {
        this(kind, stakeholderId, demandId, from, to, null, null, null, null);
    }

    public static InteractionFilter all() {
        return new InteractionFilter(null, null, null, null, null);
    }

    public InteractionFilter withKind(InteractionKind k) {
        return new InteractionFilter(k, stakeholderId, demandId, from, to, status, organisationId, contributed,
                rejected);
    }

    public InteractionFilter withStakeholder(Long id) {
        return new InteractionFilter(kind, id, demandId, from, to, status, organisationId, contributed, rejected);
    }

    public InteractionFilter withDemand(Long id) {
        return new InteractionFilter(kind, stakeholderId, id, from, to, status, organisationId, contributed, rejected);
    }

    public InteractionFilter between(LocalDate first, LocalDate last) {
        return new InteractionFilter(kind, stakeholderId, demandId, first, last, status, organisationId, contributed,
                rejected);
    }

    public InteractionFilter withStatus(InteractionStatus s) {
        return new InteractionFilter(kind, stakeholderId, demandId, from, to, s, organisationId, contributed, rejected);
    }

    public InteractionFilter withOrganisation(Long id) {
        return new InteractionFilter(kind, stakeholderId, demandId, from, to, status, id, contributed, rejected);
    }

    /** Only contributions of partner organisations; with {@code rejected}, only the rejected ones. */
    public InteractionFilter contributions(boolean onlyRejected) {
        return new InteractionFilter(kind, stakeholderId, demandId, from, to, status, organisationId, true,
                onlyRejected ? true : null);
    }

    public InteractionFilter onlyRejected() {
        return new InteractionFilter(kind, stakeholderId, demandId, from, to, status, organisationId, contributed,
                true);
    }
}
