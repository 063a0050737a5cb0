package org.campaigntracker.cli.token;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaigntracker.core.common.InvalidInputException;
import picocli.CommandLine.ITypeConverter;

/** "90d", "12h", "30m" (also French "j" for days) or ISO-8601 ("P90D", "PT12H"). */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("([0-9]{1,6})\\s*([dhmj])");

    @Override
    public Duration convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = SHORT.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "d", "j" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofMinutes(n);
            };
        }
        try {
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("expires", "format", "90d");
        }
    }
}
