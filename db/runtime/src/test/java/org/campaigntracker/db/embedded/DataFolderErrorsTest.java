package org.campaigntracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataFolderErrorsTest {
    private final Homes homes = new Homes();

    @AfterEach
    void stopServers() throws Exception {
        homes.close();
    }

    @Test
    void dataFolderOfAnotherMajorVersionIsRefused() throws Exception {
        Path home = homes.fresh();
        Path data = Files.createDirectories(home.resolve("pg15/data"));
        Files.writeString(data.resolve("PG_VERSION"), "16\n");

        assertThatThrownBy(() -> EmbeddedPostgres.ensureRunning(home))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("created by PostgreSQL 16")
                .hasMessageContaining(data.toAbsolutePath().toString());
        assertThat(EmbeddedPostgres.status(home).version()).isEqualTo("16");
    }

    @Test
    void foreignFilesInTheDataFolderAreRefused() throws Exception {
        Path home = homes.fresh();
        Path data = Files.createDirectories(home.resolve("pg15/data"));
        Files.writeString(data.resolve("notes.txt"), "not a database");

        assertThatThrownBy(() -> EmbeddedPostgres.ensureRunning(home))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("holds no PostgreSQL data");
        assertThat(data.resolve("notes.txt")).exists();
    }

    @Test
    void damagedDataFolderIsRefused() throws Exception {
        Path home = homes.fresh();
        EmbeddedPostgres.ensureRunning(home);
        EmbeddedPostgres.stop(home);
        Files.delete(home.resolve("pg15/data/global/pg_control"));

        assertThatThrownBy(() -> EmbeddedPostgres.ensureRunning(home))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("is damaged");
    }

    @Test
    void startFailureNamesTheCauseAndTheLogFile() throws Exception {
        Path home = homes.fresh();
        EmbeddedPostgres.ensureRunning(home);
        EmbeddedPostgres.stop(home);
        Files.writeString(home.resolve("pg15/data/postgresql.auto.conf"), "shared_buffers = 'lots'\n");

        assertThatThrownBy(() -> EmbeddedPostgres.ensureRunning(home))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageStartingWith("PostgreSQL could not start")
                .hasMessageContaining("postgresql.auto.conf\" contains errors")
                .hasMessageEndingWith("see " + home.toAbsolutePath().resolve("pg15/postgres.log") + " for details.");
    }
}
