package org.campaigntracker.cli.output;

import java.io.PrintWriter;
import java.util.Map;

/** A status as aligned "name value" lines, or as one JSON object with --json (absent values as "-" or null). */
public final class Pairs {

    private Pairs() {
    }

    public static void print(PrintWriter out, Map<String, Object> pairs, boolean json) {
        if (json) {
            Json.print(out, pairs);
        } else {
            pairs.forEach((k, v) -> out.printf("%-15s %s%n", k, v == null ? "-" : v));
        }
    }
}
