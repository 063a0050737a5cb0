package org.campaigntracker.core.coverage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The press coverage of one scope (the whole campaign, a theme or a demand).
 *
 * @param code          the theme's or demand's code; null for the whole campaign
 * @param themeCode     for a demand, its theme's code; null otherwise
 * @param byMonth       items per month ("2023-01"), oldest first, months without items included between the first
 *                      and the last so a chart's time axis is even
 * @param outlets       items per outlet, most items first, then by name; the first {@link #MAX_NAMED} only
 * @param outletCount   how many outlets published items, named in {@code outlets} or not
 * @param reach         total audience of the items whose reach is known
 * @param reachUnknown  how many items have no reach recorded (the total is then a lower bound)
 * @param tones         items per tone ("favourable"…), in the tone enum's order
 * @param quoted        times each stakeholder was quoted, most first, then by name; the first {@link #MAX_NAMED}
 * @param quotedCount   how many stakeholders were quoted, named in {@code quoted} or not
 */
public record Coverage(String code, String themeCode, String title, int items, Map<String, Integer> byMonth,
                       Map<String, Integer> outlets, int outletCount, long reach, int reachUnknown,
                       Map<String, Integer> tones, Map<String, Integer> quoted, int quotedCount) {

    /** Outlets and quoted people named per scope: a ranking to read, not a directory. */
    public static final int MAX_NAMED = 50;

    public Coverage {
        byMonth = frozen(byMonth);
        outlets = frozen(outlets);
        tones = frozen(tones);
        quoted = frozen(quoted);
    }

    private static Map<String, Integer> frozen(Map<String, Integer> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
