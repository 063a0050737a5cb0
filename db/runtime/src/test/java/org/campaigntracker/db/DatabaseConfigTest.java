package org.campaigntracker.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    @Test
    void defaultsToTheEmbeddedDatabaseInThePerUserDataFolder() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of("HOME", "/home/valerie"));
        assertThat(config.isEmbedded()).isTrue();
        assertThat(config.home()).isEqualTo(Path.of("/home/valerie/.local/share/campaign-tracker"));
        assertThat(DatabaseConfig.fromEnvironment(Map.of()).home())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "campaign-tracker"));
    }

    @Test
    void xdgDataHomeAndTrackerHomeMoveTheDataFolder() {
        assertThat(DatabaseConfig.fromEnvironment(Map.of("XDG_DATA_HOME", "/srv/data")).home())
                .isEqualTo(Path.of("/srv/data/campaign-tracker"));
        assertThat(DatabaseConfig.fromEnvironment(Map.of("XDG_DATA_HOME", "/srv/data", "TRACKER_HOME", "/var/lib/t")).home())
                .isEqualTo(Path.of("/var/lib/t"));
    }

    @Test
    void anExternalUrlWithUserAndPasswordTurnsTheEmbeddedDatabaseOff() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "TRACKER_DB_URL", " jdbc:postgresql://db.example.org:5432/tracker ",
                "TRACKER_DB_USER", "tracker", "TRACKER_DB_PASSWORD", "s3cret"));
        assertThat(config.isEmbedded()).isFalse();
        assertThat(config.url()).contains("jdbc:postgresql://db.example.org:5432/tracker");
        assertThat(config.user()).contains("tracker");
        assertThat(config.password()).contains("s3cret");
        assertThat(DatabaseConfig.fromEnvironment(Map.of("TRACKER_DB_URL", "  ")).isEmbedded()).isTrue();
    }

    @Test
    void refusesAUrlThatIsNotPostgresql() {
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("TRACKER_DB_URL", "jdbc:mysql://x/y")))
                .isInstanceOf(InvalidDatabaseConfigException.class)
                .hasMessageContaining("TRACKER_DB_URL must be a PostgreSQL JDBC URL");
    }

    @Test
    void anExternalDatabaseIsUsedAsIsAndMigrated() throws SQLException {
        ConnectionSettings external = TestPostgres.emptyDatabase();
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "TRACKER_DB_URL", external.jdbcUrl(), "TRACKER_DB_USER", external.user(),
                "TRACKER_DB_PASSWORD", external.password(), "TRACKER_HOME", "/nonexistent/never-created"));
        ConnectionSettings resolved = ConnectionSettings.resolve(config);
        assertThat(resolved).isEqualTo(external);
        try (Connection c = resolved.open()) {
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.MIGRATED);
        }
        assertThat(Path.of("/nonexistent")).doesNotExist();
    }

    @Test
    void aWrongPasswordIsReportedAsUnavailableWithoutLeakingIt() {
        ConnectionSettings external = TestPostgres.emptyDatabase();
        ConnectionSettings wrong = new ConnectionSettings(external.jdbcUrl(), external.user(), "not-the-password");
        assertThatThrownBy(wrong::open)
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("cannot connect to the database at " + external.jdbcUrl())
                .hasMessageNotContaining("not-the-password");
    }
}
