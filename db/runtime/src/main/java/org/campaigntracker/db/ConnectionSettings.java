package org.campaigntracker.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.campaigntracker.db.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/** A resolved address of a running PostgreSQL: what every connection is opened with. */
public record ConnectionSettings(String jdbcUrl, String user, String password) {

    /** Starts (or reuses) the embedded server when no external URL is configured. */
    public static ConnectionSettings resolve(DatabaseConfig config) {
        if (config.isEmbedded()) {
            EmbeddedPostgres pg = EmbeddedPostgres.ensureRunning(config.home());
            // Loopback server without TLS: skip the TLS and GSS negotiation every connection would otherwise try.
            return new ConnectionSettings(pg.jdbcUrl() + "?sslmode=disable&gssEncMode=disable", pg.user(),
                    pg.password());
        }
        return new ConnectionSettings(config.url().orElseThrow(),
                config.user().orElse(null), config.password().orElse(null));
    }

    /** One plain connection: the CLI needs no pool. */
    public Connection open() {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "campaign-tracker");
        props.setProperty("connectTimeout", "5");
        try {
            return DriverManager.getConnection(jdbcUrl, props);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    public DataSource simpleDataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        if (user != null) {
            ds.setUser(user);
        }
        if (password != null) {
            ds.setPassword(password);
        }
        ds.setApplicationName("campaign-tracker");
        ds.setConnectTimeout(5);
        return ds;
    }

    DatabaseUnavailableException unavailable(SQLException e) {
        return new DatabaseUnavailableException("cannot connect to the database at " + redactedUrl() + ": "
                + firstLine(e.getMessage()), e);
    }

    /** The URL without any password given in its query string. */
    public String redactedUrl() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + redactedUrl() + ", user=" + user + "]";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
