package org.campaigntracker.api.interaction;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.interaction.Interaction;

/**
 * An interaction as a partner sees it: what, when, with whom (stakeholder ids, shown publicly elsewhere) and about
 * which demands, with the public summary. The private summary, the outcome and place notes, and our attendees
 * (members are people) stay out.
 */
public record PublicInteraction(long id, String kind, LocalDate occurredOn, String title, String publicSummary,
                                List<Long> participantIds, List<Long> demandIds, int version) {

    static PublicInteraction from(Interaction i) {
        return new PublicInteraction(i.id(), i.kind().code(), i.occurredOn(), i.title(), i.publicSummary(),
                i.participantIds(), i.demandIds(), i.version());
    }
}
