package org.campaigntracker.api.interaction;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionService;

/**
 * An interaction as a partner sees it: what, when, with whom (stakeholder ids, shown publicly elsewhere) and about
 * which demands, with the public summary, and which organisation made it. Our attendees (members are people) and
 * who of us logged it stay out; the private summary, outcome and place only for the partner's own organisation's
 * interactions (it wrote them), as does a rejection's reason.
 */
public record PublicInteraction(long id, String kind, LocalDate occurredOn, String title, String publicSummary,
                                String summary, String outcome, String place, List<Long> participantIds,
                                List<Long> demandIds, String status, Long organisationId, String organisation,
                                boolean contributed, InteractionRepresentation.LoggedByView loggedBy,
                                InteractionRepresentation.Rejection rejection, List<DoubleAskView> doubleAsks,
                                int version) {

    static PublicInteraction from(Interaction i, Long callerOrganisation, Names names) {
        boolean own = InteractionService.ownedBy(i, callerOrganisation);
        return new PublicInteraction(i.id(), i.kind().code(), i.occurredOn(), i.title(), i.publicSummary(),
                own ? i.summary() : null, own ? i.outcome() : null, own ? i.place() : null, i.participantIds(),
                i.demandIds(), i.status().code(), i.organisationId(), names.organisation(i.organisationId()),
                i.contributed(),
                i.loggedByOrganisationId() != null ? InteractionRepresentation.organisationLogged(i, names) : null,
                own ? InteractionRepresentation.rejection(i) : null, null, i.version());
    }

    PublicInteraction withDoubleAsks(List<DoubleAskView> asks) {
        return new PublicInteraction(id, kind, occurredOn, title, publicSummary, summary, outcome, place,
                participantIds, demandIds, status, organisationId, organisation, contributed, loggedBy, rejection,
                asks, version);
    }
}
