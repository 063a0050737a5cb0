package org.campaigntracker.core.stewardship;

import org.campaigntracker.core.common.Check;

/** An owner (a member's id, or null) and a contact cadence in days (1 to 3,650, or null). */
public record StewardshipDraft(Long ownerId, Integer cadenceDays) {

    public static final int MAX_CADENCE = 3650;

    public StewardshipDraft {
        Check.of().range("cadence_days", cadenceDays, 1, MAX_CADENCE).orThrow();
    }
}
