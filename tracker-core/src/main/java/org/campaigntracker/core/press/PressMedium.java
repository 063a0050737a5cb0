package org.campaigntracker.core.press;

import java.util.Locale;

/** Where a press item appeared; each name is the database value in upper case. */
public enum PressMedium {
    TV,
    RADIO,
    PRINT,
    WEB,
    BLOG,
    SOCIAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
