package org.campaigntracker.api.mobilisation;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationDraft;
import org.campaigntracker.core.mobilisation.MobilisationKind;

/**
 * A mobilisation, and the body of a create or update. {@code count}, on a create only, is the count on the launch
 * day (80 organisations signed); later counts go to {@code /counts}, the delivery to {@code /delivery}.
 */
public record MobilisationRepresentation(Long id, String title, String kind, LocalDate launchedOn,
                                         List<Long> demandIds, List<Long> targetIds, Long count,
                                         List<CountRepresentation> counts, DeliveryRepresentation delivery,
                                         Integer version) {

    /** One count: a running total on a day. */
    public record CountRepresentation(LocalDate on, Long count) {
    }

    /** Handed to {@code toId} on {@code on}; {@code responseInteractionId}: the target's written response. */
    public record DeliveryRepresentation(LocalDate on, Long toId, Long responseInteractionId) {
    }

    static MobilisationRepresentation from(Mobilisation m) {
        return new MobilisationRepresentation(m.id(), m.title(), m.kind().code(), m.launchedOn(), m.demandIds(),
                m.targetIds(), m.latest() == null ? null : (long) m.latest().count(), counts(m),
                m.delivery() == null ? null : new DeliveryRepresentation(m.delivery().on(), m.delivery().toId(),
                        m.delivery().responseInteractionId()), m.version());
    }

    static List<CountRepresentation> counts(Mobilisation m) {
        return m.counts().stream().map(c -> new CountRepresentation(c.countedOn(), (long) c.count())).toList();
    }

    MobilisationDraft toDraft() {
        return new MobilisationDraft(title, Wire.enumValue(MobilisationKind.class, kind, "kind"), launchedOn,
                demandIds, targetIds);
    }
}
