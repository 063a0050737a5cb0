package org.campaigntracker.cli.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the user reads them: 17/01/2023 in French, 2023-01-17 (unambiguous) in English. JSON and CSV stay ISO. */
public final class Dates {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    public static String show(Locale locale, LocalDate date) {
        if (date == null) {
            return "";
        }
        return "fr".equals(locale.getLanguage()) ? FRENCH.format(date) : date.toString();
    }
}
