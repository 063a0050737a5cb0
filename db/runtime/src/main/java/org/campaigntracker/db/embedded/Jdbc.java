package org.campaigntracker.db.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The few statements the launcher itself needs; uses the driver directly so no DriverManager set-up matters. */
final class Jdbc {
    static final String USER = "tracker";
    static final String DATABASE = "tracker";

    private Jdbc() {
    }

    static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    static Connection connect(int port, String database, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USER);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "30");
        props.setProperty("ApplicationName", "campaign-tracker-launcher");
        Connection c = new org.postgresql.Driver().connect(url(port, database), props);
        if (c == null) {
            throw new SQLException("the PostgreSQL driver rejected " + url(port, database));
        }
        return c;
    }

    /** Creates the application database unless it exists; idempotent so every start and reuse can call it. */
    static void ensureTrackerDatabase(int port, String password) throws SQLException {
        try (Connection c = connect(port, "postgres", password)) {
            try (PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                ps.setString(1, DATABASE);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("create database " + DATABASE);
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone else was quicker
                    throw e;
                }
            }
        }
    }

    /** Waits for a server that is already running (e.g. still recovering) to accept connections. */
    static SQLException awaitConnectable(int port, String password, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        SQLException last;
        while (true) {
            try (Connection c = connect(port, "postgres", password)) {
                return null;
            } catch (SQLException e) {
                last = e;
                if ("28P01".equals(e.getSQLState()) || System.currentTimeMillis() > deadline) {
                    return last; // a wrong password will not fix itself by waiting
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
        }
    }
}
