package org.campaigntracker.db;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A pool's data source that stops queueing callers once the database is known to be unreachable.
 *
 * <p>A pool waits its whole connection timeout for every caller while the database is down. With more callers than
 * server threads, requests then queue behind one another and a client waits many timeouts for its 503 (and jOOQ asks
 * twice when a transaction cannot begin: once to begin, once to roll back). Here, once a connection could not be had,
 * every caller is refused at once until the pool, which keeps reconnecting in the background, holds a connection
 * again; one caller then checks that it answers before the gate opens.
 */
public final class FailFastDataSource implements DataSource {

    private static final int PROBE_SECONDS = 2;

    private final HikariDataSource pool;
    private final AtomicBoolean down = new AtomicBoolean();
    private final Semaphore probe = new Semaphore(1);

    public FailFastDataSource(HikariDataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!down.get()) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                if (ConnectionFailures.isConnectionFailure(e)) {
                    down.set(true);
                }
                throw e;
            }
        }
        // The pool keeps reconnecting in the background; until it holds a connection again, asking it would wait.
        if (pool.getHikariPoolMXBean().getIdleConnections() == 0 || !probe.tryAcquire()) {
            throw new SQLTransientConnectionException("the database is unreachable", "08001");
        }
        try {
            return probed();
        } finally {
            probe.release();
        }
    }

    /** A pooled connection idle for a moment is handed out unchecked, so the database counts as back only once one answers. */
    private Connection probed() throws SQLException {
        Connection connection = pool.getConnection();
        boolean valid;
        try {
            valid = connection.isValid(PROBE_SECONDS);
        } catch (SQLException e) {
            valid = false;
        }
        if (!valid) {
            connection.close();
            throw new SQLTransientConnectionException("the database does not answer yet", "08006");
        }
        down.set(false);
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool holds the credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
