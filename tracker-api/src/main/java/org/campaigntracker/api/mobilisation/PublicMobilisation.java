package org.campaigntracker.api.mobilisation;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.mobilisation.MobilisationRepresentation.CountRepresentation;
import org.campaigntracker.core.mobilisation.Mobilisation;

/**
 * A mobilisation as a partner sees it: title, kind, the demands it carries, its counts and the day it was
 * delivered. Whom it targets, who received it and the answer are the coalition's own work, not shown.
 */
public record PublicMobilisation(long id, String title, String kind, LocalDate launchedOn, List<Long> demandIds,
                                 Long count, List<CountRepresentation> counts, LocalDate deliveredOn, int version) {

    static PublicMobilisation from(Mobilisation m) {
        return new PublicMobilisation(m.id(), m.title(), m.kind().code(), m.launchedOn(), m.demandIds(),
                m.latest() == null ? null : (long) m.latest().count(), MobilisationRepresentation.counts(m),
                m.delivery() == null ? null : m.delivery().on(), m.version());
    }
}
