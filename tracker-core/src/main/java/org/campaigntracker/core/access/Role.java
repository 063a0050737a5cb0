package org.campaigntracker.core.access;

import java.util.Locale;
import org.campaigntracker.core.common.InvalidInputException;

/**
 * What a token holder may do on its campaign.
 * Partners read progress and public summaries, never personal data; advisers read everything; coordinators also write.
 */
public enum Role {
    PARTNER, ADVISER, COORDINATOR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidInputException.of("role", "unknown_value", value, "partner, adviser, coordinator");
        }
    }

    /** Whether this role may see personal data (contact points, private notes, identities). */
    public boolean seesPersonalData() {
        return this != PARTNER;
    }

    public boolean writes() {
        return this == COORDINATOR;
    }
}
