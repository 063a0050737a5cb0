package org.campaigntracker.db;

import java.sql.Connection;

/** A migrator in a process of its own, for tests that kill it: {@code MigrateOnce <jdbc url> <user> <password>}. */
public final class MigrateOnce {

    private MigrateOnce() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = new ConnectionSettings(args[0], args[1], args[2]).open()) {
            System.out.println(Migrator.migrate(c));
        }
    }
}
