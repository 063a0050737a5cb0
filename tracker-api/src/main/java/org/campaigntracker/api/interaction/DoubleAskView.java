package org.campaigntracker.api.interaction;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.interaction.DoubleAsk;
import org.campaigntracker.core.interaction.InteractionStatus;

/**
 * Another organisation's meeting with the same targets close in time. Nothing personal: organisations' names and
 * stakeholder ids, which partners see too. {@code organisation} null is the coalition.
 */
public record DoubleAskView(long interactionId, Long organisationId, String organisation, LocalDate on,
                            String status, List<Long> stakeholderIds, int daysApart) {

    public DoubleAsk toDomain() {
        return new DoubleAsk(interactionId, organisationId, organisation, on,
                Wire.enumValue(InteractionStatus.class, status, "status"), stakeholderIds, daysApart);
    }

    static DoubleAskView from(DoubleAsk d) {
        return new DoubleAskView(d.interactionId(), d.organisationId(), d.organisation(), d.on(), d.status().code(),
                d.stakeholderIds(), d.daysApart());
    }

    static List<DoubleAskView> all(List<DoubleAsk> asks) {
        return asks.stream().map(DoubleAskView::from).toList();
    }
}
