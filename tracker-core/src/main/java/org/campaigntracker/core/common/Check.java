package org.campaigntracker.core.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every broken rule of a record before failing, so a user fixes all fields in one go.
 * Used in the compact constructors of domain records.
 */
public final class Check {

    /** Free text (notes, summaries, stories, bodies): a few pages, not a book. */
    public static final int LONG_TEXT = 20_000;
    /** Ids linked from one record (participants, demands, quoted people, attendees, dependencies, topics). */
    public static final int MAX_LINKS = 500;

    private final List<FieldViolation> violations = new ArrayList<>();

    private Check() {
    }

    public static Check of() {
        return new Check();
    }

    public Check required(String field, Object value) {
        return that(value != null, field, "required");
    }

    public Check notBlank(String field, String value) {
        return that(value != null && !value.isBlank(), field, "required");
    }

    public Check maxLength(String field, String value, int max) {
        return that(value == null || value.length() <= max, field, "too_long", max);
    }

    public Check range(String field, Integer value, int min, int max) {
        return that(value == null || (value >= min && value <= max), field, "range", min, max);
    }

    /** A date within {@link CampaignDates} (1900-01-01 to 2100-12-31); null passes (see {@link #required}). */
    public Check date(String field, LocalDate value) {
        return that(CampaignDates.contains(value), field, "date_range", CampaignDates.MIN.toString(),
                CampaignDates.MAX.toString());
    }

    /** At most {@code max} elements; null passes. */
    public Check maxSize(String field, Collection<?> values, int max) {
        return that(values == null || values.size() <= max, field, "too_many", max);
    }

    public Check notNegative(String field, Number value) {
        return that(value == null || value.longValue() >= 0, field, "not_negative");
    }

    public Check matches(String field, String value, Pattern pattern, String example) {
        return that(value == null || pattern.matcher(value).matches(), field, "format", example);
    }

    public Check notEmpty(String field, Collection<?> values) {
        return that(values != null && !values.isEmpty(), field, "required");
    }

    public Check that(boolean ok, String field, String rule, Object... args) {
        if (!ok) {
            violations.add(new FieldViolation(field, rule, List.of(args)));
        }
        return this;
    }

    public void orThrow() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
