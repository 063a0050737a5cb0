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

    public FieldViolation {
        args = List.copyOf(args);
    }

    public String message(Locale locale) {
        Object[] all = new Object[args.size() + 1];
        all[0] = field;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return Messages.format(locale, "rule." + rule, all);
    }
}
