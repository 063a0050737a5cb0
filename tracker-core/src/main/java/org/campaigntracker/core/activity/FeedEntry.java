package org.campaigntracker.core.activity;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * An entry of the feed as the kept newest feed holds it, with both details: the one a coordinator sees (an
 * interaction's summary) and the one a partner sees (its public summary).
 */
record FeedEntry(ActivityKind kind, LocalDate on, long id, String title, String detail, String publicDetail,
                 Long demandId, Long stakeholderId, Authors authors) {

    /**
     * Who made and who logged an interaction: the partner organisation (null: the coalition), the member or
     * organisation that logged it, and the same as a partner may read it (an organisation only, never a member).
     */
    record Authors(String organisation, String loggedBy, String publicLoggedBy) {
        static final Authors NONE = new Authors(null, null, null);
    }

    /** The feed's order (ActivityRepository): date newest first, then kind by name, then id newest first. */
    static final Comparator<FeedEntry> ORDER = Comparator.comparing(FeedEntry::on).reversed()
            .thenComparing(e -> e.kind().name()).thenComparing(Comparator.comparingLong(FeedEntry::id).reversed());

    ActivityEntry shown(boolean personalData) {
        return new ActivityEntry(kind, on, id, title, personalData ? detail : publicDetail, demandId, stakeholderId,
                authors.organisation(), personalData ? authors.loggedBy() : authors.publicLoggedBy());
    }
}
