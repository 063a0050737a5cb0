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

    /** True when a person is at this JVM's keyboard; a command asks its {@code CliContext#interactive()} instead. */
    public static boolean interactive() {
        return System.console() != null;
    }

    /**
     * Colour only on a terminal, never with NO_COLOR set (any value, per no-color.org) or TERM=dumb. Whether output
     * goes to a terminal comes from the run's context: the resident helper learns it from the launcher.
     */
    public static boolean colour(Map<String, String> env, boolean terminal) {
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
    }
}
