package org.campaigntracker.core.testimony;

import java.util.Locale;

/** What a testimony may be used for; each name is the database value in upper case. */
public enum ConsentUse {
    INTERNAL,
    BRIEFING,
    RESOURCE_DOCUMENT,
    PRESS,
    PUBLIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
