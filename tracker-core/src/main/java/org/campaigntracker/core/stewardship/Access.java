package org.campaigntracker.core.stewardship;

import java.util.Locale;
import org.campaigntracker.core.common.Messages;

/**
 * The access scale, after the public-affairs checklist (knows our team, knows our issues, returns our calls): 1 does
 * not know us, 2 knows of us, 3 knows our team, 4 knows our issues, 5 returns our calls.
 */
public final class Access {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private Access() {
    }

    /** "3 — knows our team", « 3 — connaît notre équipe ». */
    public static String words(int score, Locale locale) {
        String words = Messages.pattern(locale, "value.Access." + score);
        return words == null ? String.valueOf(score) : score + " — " + words;
    }
}
