package org.campaigntracker.api.interaction;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;

/** An interaction in full (advisers, coordinators), and the body of a create or update. */
public record InteractionRepresentation(Long id, String kind, LocalDate occurredOn, String title, String summary,
                                        String publicSummary, String outcome, String place,
                                        List<Long> participantIds, List<Long> attendeeIds, List<Long> demandIds,
                                        Integer version) {

    public static InteractionRepresentation from(Interaction i) {
        return new InteractionRepresentation(i.id(), i.kind().code(), i.occurredOn(), i.title(), i.summary(),
                i.publicSummary(), i.outcome(), i.place(), i.participantIds(), i.attendeeIds(), i.demandIds(),
                i.version());
    }

    InteractionDraft toDraft() {
        return new InteractionDraft(Wire.enumValue(InteractionKind.class, kind, "kind"), occurredOn, title, summary,
                publicSummary, outcome, place, participantIds, attendeeIds, demandIds);
    }
}
