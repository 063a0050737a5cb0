package org.campaigntracker.cli.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.common.InvalidInputException;
import picocli.CommandLine.ITypeConverter;

/**
 * Dates as ISO (2023-01-17) or French (17/01/2023), plus "today" and "yesterday" / "aujourd’hui" and "hier"; only
 * dates a campaign can hold ({@link CampaignDates}), so every date option refuses 0001-01-01 before anything runs.
 */
public final class DateConverter implements ITypeConverter<LocalDate> {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter FRENCH_SHORT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate convert(String value) {
        return parse(value, LocalDate.now());
    }

    public static LocalDate parse(String value, LocalDate today) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        switch (v) {
            case "today", "aujourd'hui", "aujourd’hui", "auj" -> {
                return today;
            }
            case "yesterday", "hier" -> {
                return today.minusDays(1);
            }
            default -> {
                // fall through to the formats
            }
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, FRENCH, FRENCH_SHORT}) {
            try {
                return CampaignDates.require("date", LocalDate.parse(v, f));
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        throw InvalidInputException.of("date", "date_format", value);
    }
}
