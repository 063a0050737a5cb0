package org.campaigntracker.core.demand;

import java.time.OffsetDateTime;

/** An earlier wording of a theme or demand, valid between the two instants. */
public record Revision(int version, String code, String title, String text, OffsetDateTime validFrom,
                       OffsetDateTime validUntil) {
}
