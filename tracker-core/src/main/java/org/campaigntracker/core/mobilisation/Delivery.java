package org.campaigntracker.core.mobilisation;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * A mobilisation handed to a target on a day, and the target's written answer when it came (an interaction of kind
 * written response). Who it went to and the answer are optional; the day is not.
 */
public record Delivery(LocalDate on, Long toId, Long responseInteractionId) {

    public Delivery {
        Check.of().required("delivered_on", on).date("delivered_on", on).orThrow();
    }
}
