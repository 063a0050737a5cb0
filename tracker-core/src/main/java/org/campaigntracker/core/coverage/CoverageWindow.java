package org.campaigntracker.core.coverage;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.press.PressItem;

/**
 * The days a coverage report counts, at most {@link #MAX_YEARS} years, so its months stay a chart's worth whatever
 * dates the press items carry. Without bounds it spans the campaign's press, first item to last; a longer span keeps
 * its latest {@link #MAX_YEARS} years.
 *
 * @param from    first day counted; null when the campaign has no press item and none was asked
 * @param to      last day counted
 * @param maxYears the longest window served
 * @param outside press items of the campaign published outside the window, not counted
 */
public record CoverageWindow(LocalDate from, LocalDate to, int maxYears, int outside) {

    public static final int MAX_YEARS = 10;

    /** The window asked for ({@code from}, {@code to}, either or both null), completed from the items' dates. */
    static CoverageWindow of(LocalDate from, LocalDate to, List<PressItem> items) {
        Check.of()
                .date("from", from)
                .date("to", to)
                .that(from == null || to == null || !from.isAfter(to), "from", "not_after", "to")
                .that(from == null || to == null || !to.isAfter(last(from)), "to", "max_span", MAX_YEARS, "from")
                .orThrow();
        LocalDate first = items.stream().map(PressItem::publishedOn).min(LocalDate::compareTo).orElse(null);
        LocalDate latest = items.stream().map(PressItem::publishedOn).max(LocalDate::compareTo).orElse(null);
        if (to == null && from != null) {
            to = latest == null || latest.isBefore(from) ? from : min(latest, last(from));
        } else if (to == null) {
            to = latest;
        }
        if (from == null && to != null) {
            LocalDate earliest = to.minusYears(MAX_YEARS).plusDays(1);
            from = first == null || first.isAfter(to) ? to : first.isBefore(earliest) ? earliest : first;
        }
        LocalDate f = from;
        LocalDate t = to;
        int outside = (int) items.stream().filter(p -> f == null || !inside(p.publishedOn(), f, t)).count();
        return new CoverageWindow(from, to, MAX_YEARS, outside);
    }

    boolean contains(LocalDate day) {
        return from != null && inside(day, from, to);
    }

    private static LocalDate last(LocalDate from) {
        return from.plusYears(MAX_YEARS).minusDays(1);
    }

    private static boolean inside(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
