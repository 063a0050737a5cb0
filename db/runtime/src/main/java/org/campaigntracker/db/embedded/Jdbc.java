package org.campaigntracker.db.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
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

    /**
     * The server listens on 127.0.0.1 only and has no TLS: asking for TLS or GSS encryption first would only cost a
     * round trip and the loading of the TLS classes on every connection.
     */
    static final Properties LOOPBACK = new Properties();

    static {
        LOOPBACK.setProperty("sslmode", "disable");
        LOOPBACK.setProperty("gssEncMode", "disable");
    }

    private Jdbc() {
    }

    /** Whether something accepts TCP connections on the loopback port, without authenticating. */
    static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Re-stores the password verifier with fewer SCRAM iterations. The iterations slow down guessing a stolen
     * verifier; ours protects a random 43-character password on a loopback-only server, so the default 4,096
     * rounds would only make every command wait for them.
     */
    static void lightenPasswordVerifier(int port, String password) throws SQLException {
        try (Connection c = connect(port, "postgres", password); Statement st = c.createStatement()) {
            st.execute("alter role " + USER + " password '" + ScramVerifier.of(password, 64) + "'");
        }
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
        props.putAll(LOOPBACK);
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
