package org.campaigntracker.core.common;

import java.util.Locale;
import java.util.Map;

/**
 * Values in words for people ("letter sent", "courrier envoyé"), where the API, CSV and JSON keep the codes
 * ({@code letter_sent}). The words live in core's messages: {@code value.<Type>.<code>}, or the older prefixes kept
 * for the enums that had words first. {@code LabelsTest} fails for a user-facing enum without words in both languages.
 */
public final class Labels {

    private static final Map<String, String> PREFIXES = Map.of(
            "PositionLevel", "level.", "StakeholderCategory", "category.", "RelationshipType", "relationship.");

    private Labels() {
    }

    /** The value in words in the given language; its code with spaces if no language has words for it. */
    public static String of(Enum<?> value, Locale locale) {
        String pattern = Messages.pattern(locale, key(value));
        return pattern != null ? pattern : code(value).replace('_', ' ');
    }

    /**
     * "3 sans position connue", not "3 inconnue": a count followed by the value in words that agree with any number
     * ({@code counted.<key>} when the plain words do not, the plain words otherwise).
     */
    public static String counted(long count, Enum<?> value, Locale locale) {
        String pattern = Messages.pattern(locale, "counted." + key(value));
        return count + " " + (pattern != null ? pattern : of(value, locale));
    }

    /** The message key holding the words of a value. */
    public static String key(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return PREFIXES.getOrDefault(type, "value." + type + ".") + code(value);
    }

    /** The value's code, as the API and CSV spell it. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
