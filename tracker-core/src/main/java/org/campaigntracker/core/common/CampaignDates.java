package org.campaigntracker.core.common;

import java.time.LocalDate;

/**
 * The dates a campaign can hold: 1900-01-01 to 2100-12-31. Every date a user gives (an interaction's day, a press
 * item's publication, a deadline, a query's {@code from}/{@code to}) falls in it; a typo like 0001-01-01 or
 * 9999-12-31 is refused instead of stretching every timeline, chart and calendar built from the data over thousands
 * of years. The schema holds the same range as a backstop (changeset 0030).
 */
public final class CampaignDates {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

    private CampaignDates() {
    }

    /** True for a date in the range, and for no date at all (whether one is required is another rule). */
    public static boolean contains(LocalDate date) {
        return date == null || !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /** The date itself, or an invalid-input error naming the field and the range. */
    public static LocalDate require(String field, LocalDate date) {
        Check.of().date(field, date).orThrow();
        return date;
    }
}
