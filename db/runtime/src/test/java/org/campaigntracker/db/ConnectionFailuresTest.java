package org.campaigntracker.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

    @Test
    void aLostOrRefusedConnectionIsRecognisedThroughWrappers() {
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("refused", "08001"))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(
                new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(
                new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new RuntimeException("jOOQ",
                new SQLTransientConnectionException("tracker - Connection is not available")))).isTrue();
    }

    @Test
    void otherFailuresAreNotConnectionFailures() {
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("canceled", "57014"))).isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("no state"))).isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new IllegalStateException("bug"))).isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(null)).isFalse();
    }
}
