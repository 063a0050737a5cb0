package org.campaigntracker.core.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * What one send led to: the press items that name it, the days from the send to the first of them (null without
 * coverage), and the outlets it went to that covered it and those that did not (compared accent- and
 * case-insensitively).
 */
public record OutreachCoverage(Outreach outreach, List<Item> items, Long daysToCoverage, List<String> reached,
                               List<String> notReached) {

    public OutreachCoverage {
        items = List.copyOf(items);
        reached = List.copyOf(reached);
        notReached = List.copyOf(notReached);
    }

    /** A press item as the report shows it: no journalist. */
    public record Item(long id, LocalDate publishedOn, String outlet, String title) {
    }
}
