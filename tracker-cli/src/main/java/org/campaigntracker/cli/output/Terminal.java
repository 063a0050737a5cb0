package org.campaigntracker.cli.output;

import java.util.Map;

/** Facts about where output goes. */
public final class Terminal {

    private Terminal() {
    }

    /** $COLUMNS when the shell exports it, else 100. */
    public static int width(Map<String, String> env) {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").strip());
            return columns >= 40 ? columns : 100;
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** True when a person is at the keyboard: prompts are allowed. */
    public static boolean interactive() {
        return System.console() != null;
    }
}
