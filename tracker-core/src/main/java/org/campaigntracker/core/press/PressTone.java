package org.campaigntracker.core.press;

import java.util.Locale;

/** How a press item treats the campaign's cause; each name is the database value in upper case. */
public enum PressTone {
    FAVOURABLE,
    NEUTRAL,
    UNFAVOURABLE,
    MIXED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
