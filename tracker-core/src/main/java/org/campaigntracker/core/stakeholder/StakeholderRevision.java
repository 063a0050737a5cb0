package org.campaigntracker.core.stakeholder;

import java.time.OffsetDateTime;

/** What a stakeholder's function, category, power and stance were between two instants. */
public record StakeholderRevision(int version, String function, Long organisationId, StakeholderCategory category,
                                  int power, int stance, OffsetDateTime validFrom, OffsetDateTime validUntil) {
}
