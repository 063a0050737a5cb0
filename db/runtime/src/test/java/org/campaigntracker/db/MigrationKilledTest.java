package org.campaigntracker.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A migrating process killed (SIGKILL) in the middle of a changeset, earlier changesets committed: the next start
 * completes the schema. To stop the migrator at a known point, the test holds, in an open transaction, the
 * changelog row of the middle changeset under a unique index, so the migrator's own insert of that row waits.
 */
class MigrationKilledTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMigratorKilledHalfWayDoesNotBlockTheNextStart() throws Exception {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        List<String> files = SchemaChangelog.files();
        int middle = files.size() / 2;
        try (Connection c = db.open(); Connection blocker = db.open()) {
            List<String> full = migrateAndRecordTheSchema(c);
            String[] row = changelogRow(c, files.get(middle));
            LiquibaseSteps.rollback(c, files.size());
            c.setAutoCommit(true); // the index must be committed before the blocking insert, or that insert waits on it
            try (Statement st = c.createStatement()) {
                st.execute("create unique index test_block on databasechangelog (id, author, filename)");
            }
            blocker.setAutoCommit(false);
            try (PreparedStatement ps = blocker.prepareStatement("insert into databasechangelog (id, author, "
                    + "filename, dateexecuted, orderexecuted, exectype) values (?, ?, ?, now(), 0, 'EXECUTED')")) {
                ps.setString(1, row[0]);
                ps.setString(2, row[1]);
                ps.setString(3, row[2]);
                ps.executeUpdate();
            }

            Process migrator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), MigrateOnce.class.getName(),
                    db.jdbcUrl(), db.user(), db.password()).redirectErrorStream(true).start();
            awaitMigratorWaitingOnTheRow(c, migrator);
            assertThat(count(c, "select count(*) from databasechangelog")).isEqualTo(middle);
            migrator.destroyForcibly();
            assertThat(migrator.waitFor(30, TimeUnit.SECONDS)).isTrue();
            blocker.rollback();
            try (Statement st = c.createStatement()) {
                st.execute("drop index test_block");
            }

            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.MIGRATED);
            assertThat(count(c, "select count(*) from databasechangelog")).isEqualTo(files.size());
            assertThat(LiquibaseSteps.schema(c)).isEqualTo(full);
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.UP_TO_DATE);
        }
    }

    /** Migrates to the latest schema and returns it, for comparison after the interrupted migration. */
    private static List<String> migrateAndRecordTheSchema(Connection c) throws SQLException {
        Migrator.migrate(c);
        return LiquibaseSteps.schema(c);
    }

    private static String[] changelogRow(Connection c, String file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select id, author, filename from databasechangelog where filename = ?")) {
            ps.setString(1, file);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("changelog row of " + file).isTrue();
                return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
            }
        }
    }

    private static void awaitMigratorWaitingOnTheRow(Connection c, Process migrator) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(migrator.isAlive()).as(() -> "the migrator ended: " + output(migrator)).isTrue();
            if (count(c, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and query ilike '%databasechangelog%' and datname = current_database()") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the migrator never reached the middle changeset");
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes());
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        return MigratorTest.count(c, sql);
    }
}
