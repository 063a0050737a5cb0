package org.campaigntracker.db.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.Migrator;
import org.campaigntracker.db.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL per test JVM, migrated once into a template; every caller of {@link #freshDatabase()} gets
 * its own database cloned from that template (tens of milliseconds), so tests never share rows.
 */
public final class TestPostgres {

    private static final String TEMPLATE = "tracker_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The shared server, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("tracker-test-pg");
                Files.delete(dir);
                EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(pg::close, "test-postgres-stop"));
                createTemplate(pg);
                server = pg;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** Settings of the server's maintenance database, for tests that create databases of their own. */
    public static ConnectionSettings adminSettings() {
        EmbeddedPostgres pg = server();
        return new ConnectionSettings(pg.jdbcUrl(), pg.user(), pg.password());
    }

    /** A new, migrated, empty database. */
    public static ConnectionSettings freshDatabase() {
        return createDatabase("t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet(), true);
    }

    /** A new database with no schema at all, for migration tests. */
    public static ConnectionSettings emptyDatabase() {
        return createDatabase("e" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet(), false);
    }

    private static ConnectionSettings createDatabase(String name, boolean migrated) {
        ConnectionSettings admin = adminSettings();
        try (Connection c = admin.open(); Statement st = c.createStatement()) {
            st.execute("create database " + name + (migrated ? " template " + TEMPLATE : ""));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return withDatabase(admin, name);
    }

    private static void createTemplate(EmbeddedPostgres pg) {
        ConnectionSettings admin = new ConnectionSettings(pg.jdbcUrl(), pg.user(), pg.password());
        try (Connection c = admin.open(); Statement st = c.createStatement()) {
            st.execute("create database " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the template database", e);
        }
        try (Connection c = withDatabase(admin, TEMPLATE).open()) {
            Migrator.migrate(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConnectionSettings withDatabase(ConnectionSettings admin, String name) {
        String url = admin.jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        return new ConnectionSettings(url, admin.user(), admin.password());
    }
}
