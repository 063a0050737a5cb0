package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import java.util.List;

/**
 * Another organisation's interaction with the same target close in time: the office would hear the coalition ask
 * twice. {@code organisationId} null is the coalition itself.
 *
 * @param interactionId  the other interaction
 * @param organisationId who made it: a partner organisation, or null for the coalition
 * @param organisation   that organisation's name; null for the coalition
 * @param on             its date
 * @param status         planned or held
 * @param stakeholderIds the targets both share
 * @param daysApart      how far apart the two dates are
 */
public record DoubleAsk(long interactionId, Long organisationId, String organisation, LocalDate on,
                        InteractionStatus status, List<Long> stakeholderIds, int daysApart) {

    public DoubleAsk {
        stakeholderIds = List.copyOf(stakeholderIds);
    }
}
