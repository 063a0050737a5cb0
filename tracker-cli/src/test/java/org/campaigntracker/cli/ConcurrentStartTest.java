package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.SchemaChangelog;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Separate JVMs, as when several coordinators or servers start at once on a new database. */
class ConcurrentStartTest {

    @TempDir
    Path home;

    @Test
    void threeProcessesOnAnEmptyDatabaseApplyEachMigrationOnceAndAllComeUp() throws Exception {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(tracker(db, i, "campaign", "list", "--csv"));
        }
        for (Process p : processes) {
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes())).isZero();
            assertThat(new String(p.getInputStream().readAllBytes())).startsWith("slug,name,deadline,language");
        }
        try (Connection c = db.open(); Statement st = c.createStatement()) {
            assertThat(count(st, "select count(*) from databasechangelog")).isEqualTo(SchemaChangelog.changesetCount());
            assertThat(count(st, "select count(distinct id) from databasechangelog")).isEqualTo(SchemaChangelog.changesetCount());
        }
    }

    private Process tracker(ConnectionSettings db, int n, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path dir = Files.createDirectories(home.resolve("p" + n));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("TRACKER_DB_URL", db.jdbcUrl());
        pb.environment().put("TRACKER_DATA_KEY", CliRun.TEST_DATA_KEY);
        pb.environment().put("TRACKER_DB_USER", db.user());
        pb.environment().put("TRACKER_DB_PASSWORD", db.password());
        pb.environment().put("TRACKER_HOME", dir.toString());
        return pb.start();
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
