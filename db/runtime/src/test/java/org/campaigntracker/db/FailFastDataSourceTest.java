package org.campaigntracker.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** Recovery after a real restart is proven by the API's DatabaseRestartTest; here, the two states of the gate. */
class FailFastDataSourceTest {

    @Test
    void onceTheDatabaseIsKnownDownCallersAreRefusedAtOnce() {
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:1/tracker", "tracker", "x")) {
            FailFastDataSource gate = new FailFastDataSource(pool);
            long first = millis(() -> assertThatThrownBy(gate::getConnection)
                    .isInstanceOf(SQLTransientConnectionException.class));
            long next = millis(() -> assertThatThrownBy(gate::getConnection)
                    .isInstanceOf(SQLTransientConnectionException.class)
                    .satisfies(e -> assertThat(ConnectionFailures.isConnectionFailure(e)).isTrue()));
            assertThat(first).as("the pool's own timeout").isGreaterThanOrEqualTo(900);
            assertThat(next).as("refused without waiting").isLessThan(200);
        }
    }

    @Test
    void aReachableDatabaseGivesWorkingConnections() throws Exception {
        ConnectionSettings db = TestPostgres.freshDatabase();
        try (HikariDataSource pool = pool(db.jdbcUrl(), db.user(), db.password());
             Connection c = new FailFastDataSource(pool).getConnection()) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        config.setConnectionTimeout(1_000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static long millis(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
