package org.campaigntracker.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.Migrator;
import org.jooq.ConnectionProvider;

/**
 * One connection for a command-line call, opened (and the schema checked) on the first query only: a command that
 * turns out to need no data — a bad argument, a missing file — answers without starting or reaching the database.
 */
public final class FirstUseConnection implements ConnectionProvider, AutoCloseable {

    private final Supplier<ConnectionSettings> settings;
    private Connection connection;

    public FirstUseConnection(Supplier<ConnectionSettings> settings) {
        this.settings = settings;
    }

    @Override
    public synchronized Connection acquire() {
        if (connection == null) {
            Connection opened = settings.get().open();
            try {
                Migrator.migrate(opened);
            } catch (RuntimeException e) {
                closeQuietly(opened);
                throw e;
            }
            connection = opened;
        }
        return connection;
    }

    @Override
    public void release(Connection released) {
        // Kept for the next query of the same call; closed with the tracker.
    }

    /** Whether a query ran (and so the database was reached). */
    public synchronized boolean opened() {
        return connection != null;
    }

    @Override
    public synchronized void close() throws SQLException {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }
}
