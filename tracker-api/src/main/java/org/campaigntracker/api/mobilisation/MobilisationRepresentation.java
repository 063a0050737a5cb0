package org.campaigntracker.api.mobilisation;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.mobilisation.Delivery;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationDraft;
import org.campaigntracker.core.mobilisation.MobilisationKind;

/**
 * A mobilisation, and the body of a create or update. {@code count}, on a create only, is the count on the launch
 * day (80 organisations signed); later counts go to {@code /counts}, the delivery to {@code /delivery}.
 */
public record MobilisationRepresentation(Long id, String title, String kind, LocalDate launchedOn,
                                         List<Long> demandIds, List<Long> targetIds, Long count,
                                         List<CountRepresentation> counts, DeliveryRepresentation delivery,
                                         Boolean isPublic, Integer version) {

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
                        m.delivery().responseInteractionId()), m.isPublic(), m.version());
    }

    static List<CountRepresentation> counts(Mobilisation m) {
        return m.counts().stream().map(c -> new CountRepresentation(c.countedOn(), (long) c.count())).toList();
    }

    /** The body of a create: what a draft says and its first count, nothing read-only. */
    public static MobilisationRepresentation of(MobilisationDraft d, Long firstCount) {
        return new MobilisationRepresentation(null, d.title(), d.kind().code(), d.launchedOn(), d.demandIds(),
                d.targetIds(), firstCount, null, null, null, null);
    }

    /** The mobilisation this answer describes (a client's view: the server's fields, as core holds them). */
    public Mobilisation toDomain(long campaignId) {
        return new Mobilisation(id, campaignId, title, Wire.enumValue(MobilisationKind.class, kind, "kind"),
                launchedOn, demandIds, targetIds, delivery == null ? null
                        : new Delivery(delivery.on(), delivery.toId(), delivery.responseInteractionId()),
                Boolean.TRUE.equals(isPublic), counts == null ? List.of() : counts.stream()
                        .map(c -> new MobilisationCount(c.on(), c.count().intValue())).toList(), version);
    }

    MobilisationDraft toDraft() {
        return new MobilisationDraft(title, Wire.enumValue(MobilisationKind.class, kind, "kind"), launchedOn,
                demandIds, targetIds);
    }
}
