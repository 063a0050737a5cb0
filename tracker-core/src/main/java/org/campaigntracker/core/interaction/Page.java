package org.campaigntracker.core.interaction;

import org.campaigntracker.core.common.Check;

/** A slice of a sorted list: at most {@code limit} rows after skipping {@code offset}. */
public record Page(int limit, int offset) {

    public static final int MAX_LIMIT = 500;

    public Page {
        Check.of()
                .range("limit", limit, 1, MAX_LIMIT)
                .notNegative("offset", offset)
                .orThrow();
    }

    public static Page first(int limit) {
        return new Page(limit, 0);
    }

    public Page next() {
        return new Page(limit, offset + limit);
    }
}
