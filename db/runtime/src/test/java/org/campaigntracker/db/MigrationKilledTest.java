package org.campaigntracker.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
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
 * completes the schema. To stop the migrator at a known point, an event trigger makes the second DDL statement of
 * a changeset past the middle of the changelog wait on an advisory lock the test holds.
 */
class MigrationKilledTest {

    private static final int HOLD = 4242;

    /**
     * Once {M} changesets are recorded, holds the migrator at the second DDL statement of a changeset (the first
     * one applied, uncommitted) on an advisory lock the test owns. Outside the public schema, which is compared.
     */
    private static final String HOLD_TRIGGER = """
            create schema test_hold;
            create function test_hold.hold() returns event_trigger language plpgsql as $$
            begin
              if to_regclass('public.databasechangelog') is not null
                 and (select count(*) from public.databasechangelog) >= {M} then
                if current_setting('test_hold.seen', true) = 'yes' then
                  perform pg_advisory_lock_shared(4242);
                end if;
                perform set_config('test_hold.seen', 'yes', true);
              end if;
            end $$;
            create event trigger test_hold on ddl_command_end execute function test_hold.hold();
            """;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMigratorKilledHalfWayDoesNotBlockTheNextStart() throws Exception {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        int changesets = SchemaChangelog.changesetCount(); // a file may hold several
        int middle = changesets / 2;
        try (Connection c = db.open(); Connection blocker = db.open()) {
            List<String> full = migrateAndRecordTheSchema(c);
            LiquibaseSteps.rollback(c, changesets);
            c.setAutoCommit(true);
            try (Statement st = c.createStatement(); Statement hold = blocker.createStatement()) {
                hold.execute("select pg_advisory_lock(" + HOLD + ")");
                st.execute(HOLD_TRIGGER.replace("{M}", String.valueOf(middle)));
            }

            Process migrator = migrateInANewProcess(db);
            awaitMigratorHeldInAChangeset(c, migrator);
            assertThat(count(c, "select count(*) from databasechangelog")).isBetween((long) middle,
                    (long) changesets - 1);
            migrator.destroyForcibly();
            assertThat(migrator.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Statement st = c.createStatement(); Statement hold = blocker.createStatement()) {
                st.execute("drop event trigger test_hold; drop schema test_hold cascade");
                hold.execute("select pg_advisory_unlock(" + HOLD + ")");
            }

            // The next start is a new process, as in real life (Liquibase keeps state within a JVM).
            Process next = migrateInANewProcess(db);
            assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(output(next)).as("the next start").contains("MIGRATED");
            assertThat(next.exitValue()).isZero();
            assertThat(count(c, "select count(*) from databasechangelog")).isEqualTo(changesets);
            assertThat(LiquibaseSteps.schema(c)).isEqualTo(full);
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.UP_TO_DATE);
        }
    }

    /** Migrates to the latest schema and returns it, for comparison after the interrupted migration. */
    private static List<String> migrateAndRecordTheSchema(Connection c) throws SQLException {
        Migrator.migrate(c);
        return LiquibaseSteps.schema(c);
    }

    private static Process migrateInANewProcess(ConnectionSettings db) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), MigrateOnce.class.getName(),
                db.jdbcUrl(), db.user(), db.password()).redirectErrorStream(true).start();
    }

    private static void awaitMigratorHeldInAChangeset(Connection c, Process migrator) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(migrator.isAlive()).as(() -> "the migrator ended: " + output(migrator)).isTrue();
            if (count(c, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and wait_event = 'advisory' and datname = current_database()"
                    + " and pid <> pg_backend_pid()") > 0) {
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
