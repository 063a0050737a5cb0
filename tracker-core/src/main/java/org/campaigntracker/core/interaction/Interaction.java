package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored interaction with the ids of its participants, attendees and demands discussed.
 *
 * @param organisationId         the partner organisation it was made by or on behalf of; null for the coalition
 * @param loggedByMemberId       the member who logged it, when known
 * @param loggedByOrganisationId the partner organisation whose token logged it (a contribution)
 * @param rejectedAt             when a coordinator rejected this contribution; it then leaves the coalition's log
 */
public record Interaction(long id, long campaignId, InteractionKind kind, LocalDate occurredOn, String title,
                          String summary, String publicSummary, String outcome, String place, List<Long> participantIds,
                          List<Long> attendeeIds, List<Long> demandIds, OffsetDateTime updatedAt, int version,
                          InteractionStatus status, Long organisationId, Long loggedByMemberId,
                          Long loggedByOrganisationId, OffsetDateTime rejectedAt, String rejectionReason) {

    public Interaction {
        participantIds = List.copyOf(participantIds);
        attendeeIds = List.copyOf(attendeeIds);
        demandIds = List.copyOf(demandIds);
    }

    /** A held interaction of the coalition, logged by nobody known (tests and read models). */
    public Interaction(long id, long campaignId, InteractionKind kind, LocalDate occurredOn, String title,
                       String summary, String publicSummary, String outcome, String place, List<Long> participantIds,
                       List<Long> attendeeIds, List<Long> demandIds, OffsetDateTime updatedAt, int version) {
        this(id, campaignId, kind, occurredOn, title, summary, publicSummary, outcome, place, participantIds,
                attendeeIds, demandIds, updatedAt, version, InteractionStatus.HELD, null, null, null, null, null);
    }

    public InteractionDraft toDraft() {
        return new InteractionDraft(kind, occurredOn, title, summary, publicSummary, outcome, place, participantIds,
                attendeeIds, demandIds, status, organisationId);
    }

    /** Whether a partner organisation's token logged it. */
    public boolean contributed() {
        return loggedByOrganisationId != null;
    }

    public boolean rejected() {
        return rejectedAt != null;
    }

    /** Whether it counts as contact with its participants: held, and not a rejected contribution. */
    public boolean counts() {
        return status == InteractionStatus.HELD && rejectedAt == null;
    }
}
