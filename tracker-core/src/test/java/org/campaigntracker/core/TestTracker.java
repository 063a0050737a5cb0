package org.campaigntracker.core;

import org.campaigntracker.db.testing.TestPostgres;

/** A Tracker over a fresh, migrated, empty database on the shared test PostgreSQL. */
public final class TestTracker {

    private TestTracker() {
    }

    public static Tracker fresh() {
        return Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
    }
}
