package org.campaigntracker.core.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.campaigntracker.core.interaction.Page;

/**
 * The newest entries of one campaign's feed, kept in memory so the pages everybody reads (the first ones, unfiltered)
 * cost no query. {@code whole} says the campaign has no other entry. Partners' pages leave commitments out, so they
 * may reach less far into the feed than coordinators' pages.
 */
final class NewestFeed {

    /** How many entries are kept: the first pages, at the largest page size (100). */
    static final int KEPT = 250;

    private final List<FeedEntry> entries;
    private final boolean whole;
    private final List<ActivityEntry> forCoordinators;
    private final List<ActivityEntry> forPartners;

    private NewestFeed(List<FeedEntry> entries, boolean whole) {
        this.entries = List.copyOf(entries);
        this.whole = whole;
        this.forCoordinators = this.entries.stream().map(e -> e.shown(true)).toList();
        this.forPartners = this.entries.stream().filter(e -> e.kind() != ActivityKind.commitment)
                .map(e -> e.shown(false)).toList();
    }

    /** {@code newest}: at most {@code KEPT + 1} entries in feed order; one more than kept means there are others. */
    static NewestFeed of(List<FeedEntry> newest) {
        boolean whole = newest.size() <= KEPT;
        return new NewestFeed(whole ? newest : newest.subList(0, KEPT), whole);
    }

    /**
     * With newly logged interactions: each one newer than the last kept entry takes its place in the order (nothing
     * else moved, so the kept entries stay the newest), the others are beyond what is kept.
     */
    NewestFeed with(Collection<FeedEntry> added) {
        List<FeedEntry> merged = new ArrayList<>(entries);
        for (FeedEntry e : added) {
            if (whole || FeedEntry.ORDER.compare(e, entries.get(entries.size() - 1)) < 0) {
                merged.add(e);
            }
        }
        merged.sort(FeedEntry.ORDER);
        boolean stillWhole = whole && merged.size() <= KEPT;
        return new NewestFeed(merged.subList(0, Math.min(merged.size(), KEPT)), stillWhole);
    }

    /** The page, or null when it reaches past what is kept. */
    List<ActivityEntry> page(boolean personalData, Page page) {
        List<ActivityEntry> shown = personalData ? forCoordinators : forPartners;
        long end = (long) page.offset() + page.limit();
        if (!whole && end > shown.size()) {
            return null;
        }
        return shown.subList(Math.min(page.offset(), shown.size()), (int) Math.min(end, shown.size()));
    }
}
