package org.campaigntracker.core.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.common.Names;

/**
 * A value typed in a sheet, read as its code ({@code direct_target}) or its words in English or French ("direct
 * target", "Cible directe"), accents, case and punctuation aside: the words are those {@link Labels} shows.
 */
final class Words {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH};

    private Words() {
    }

    static <E extends Enum<E>> E value(Class<E> type, String field, String text) {
        String k = Columns.key(text);
        for (E e : type.getEnumConstants()) {
            if (Columns.key(Labels.code(e)).equals(k)) {
                return e;
            }
            for (Locale l : LANGUAGES) {
                if (Columns.key(Labels.of(e, l)).equals(k)) {
                    return e;
                }
            }
        }
        // The message is built before the reader's language is known: the choices are given in both languages.
        throw InvalidInputException.of(field, "unknown_value", text, Arrays.stream(type.getEnumConstants())
                .map(Words::bothLanguages).collect(Collectors.joining(", ")));
    }

    private static String bothLanguages(Enum<?> e) {
        String en = Labels.of(e, Locale.ENGLISH);
        String fr = Labels.of(e, Locale.FRENCH);
        return en.equals(fr) ? en : en + "/" + fr;
    }

    /** The key names are compared on: {@link Names#key}, with "Mme", "M.", "Dr"… in front left out. */
    static String person(String name) {
        String k = Names.key(name);
        String[] words = k.split(" ");
        if (words.length > 1 && TITLES.contains(words[0])) {
            return k.substring(words[0].length() + 1);
        }
        return k;
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("m", "mme", "mlle", "mr", "mrs", "ms",
            "miss", "dr", "pr", "me", "madame", "monsieur", "mademoiselle", "docteur", "professeur", "prof", "sir");
}
