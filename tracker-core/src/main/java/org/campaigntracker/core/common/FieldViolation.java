package org.campaigntracker.core.common;

import java.util.List;
import java.util.Locale;

/**
 * One broken rule on one field.
 *
 * @param field the field's name as users type it (power, stance, due_on)
 * @param rule  a stable rule identifier (required, range, format, too_long, …)
 * @param args  what the rule needs to be explained (bounds, lengths)
 */
public record FieldViolation(String field, String rule, List<Object> args) {

    /** Rules whose arguments name other fields; the others' arguments are values, often what the user typed. */
    private static final java.util.Set<String> NAMES_FIELDS = java.util.Set.of("needs", "not_after", "not_before",
            "different", "either", "only_when", "one_at_least", "max_span", "at_most_after");

    public FieldViolation {
        args = List.copyOf(args);
    }

    public String message(Locale locale) {
        Object[] all = new Object[args.size() + 1];
        // Fields in the reader's words ("date", not "occurred_on", in French), the one at fault and those a rule names
        // ("due_on must not be before made_on"); English keeps the wire's names.
        all[0] = word(locale, field);
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i) instanceof String name && NAMES_FIELDS.contains(rule) ? word(locale, name)
                    : args.get(i);
        }
        return Messages.format(locale, "rule." + rule, all);
    }

    private static String word(Locale locale, String field) {
        String word = field.matches("[a-z_]+") ? Messages.pattern(locale, "field." + field) : null;
        return word != null ? word : field;
    }
}
