package org.campaigntracker.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells a lost or refused database connection from any other SQL failure, through a cause chain of any wrapper
 * (jOOQ, the pool): SQLState class 08, a server shutting down or still starting, or the pool timing out.
 */
public final class ConnectionFailures {

    /** admin_shutdown, crash_shutdown, cannot_connect_now: the server is going away or not ready yet. */
    private static final Set<String> SHUTDOWN_STATES = Set.of("57P01", "57P02", "57P03");

    private ConnectionFailures() {
    }

    public static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && isConnectionState(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static boolean isConnectionState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SHUTDOWN_STATES.contains(sqlState));
    }
}
