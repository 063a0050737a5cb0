package org.campaigntracker.core.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalised name keys: what coordinators type ("defenseur") matches what was stored ("Défenseur des droits"). */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+");
    // A dot survives only between digits, so demand codes like 1.2 stay whole.
    private static final Pattern LOOSE_DOT = Pattern.compile("(?<!\\p{N})\\.|\\.(?!\\p{N})");
    private static final Pattern SPACES = Pattern.compile(" +");
    // Compiled once: clean() runs on every text field of every write.
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Names() {
    }

    /** Lower-case, accents and punctuation removed, ligatures expanded, single spaces. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String expanded = name.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace("’", "'");
        String stripped = MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_WORD.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return SPACES.matcher(LOOSE_DOT.matcher(words).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** Trims and folds inner runs of white space, keeping the text as typed otherwise. */
    public static String clean(String text) {
        return text == null ? null : WHITE_SPACE.matcher(text.strip()).replaceAll(" ");
    }

    /** Levenshtein distance, for "did you mean" suggestions. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
