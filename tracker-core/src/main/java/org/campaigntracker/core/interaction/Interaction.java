package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored interaction with the ids of its participants, attendees and demands discussed. */
public record Interaction(long id, long campaignId, InteractionKind kind, LocalDate occurredOn, String title,
                          String summary, String publicSummary, String outcome, String place, List<Long> participantIds,
                          List<Long> attendeeIds, List<Long> demandIds, OffsetDateTime updatedAt, int version) {

    public Interaction {
        participantIds = List.copyOf(participantIds);
        attendeeIds = List.copyOf(attendeeIds);
        demandIds = List.copyOf(demandIds);
    }

    public InteractionDraft toDraft() {
        return new InteractionDraft(kind, occurredOn, title, summary, publicSummary, outcome, place, participantIds,
                attendeeIds, demandIds);
    }
}
