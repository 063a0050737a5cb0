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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A migrating process killed (SIGKILL) half-way: it leaves nothing behind, and the next start applies the whole
 * schema. To stop the migrator at a known point, a hook makes it wait on an advisory lock the test holds, once half
 * of the changesets are recorded (in its own, uncommitted, transaction).
 */
class MigrationKilledTest {

    private static final int HOLD = 4242;

    /** Where the migrator is held; each hook lives outside the public schema, which is compared. */
    enum Hold {
        /** At the second DDL statement of a changeset, the first one applied. */
        INSIDE_A_CHANGESET("""
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
                """, "drop event trigger test_hold; drop schema test_hold cascade"),
        /**
         * When the changeset is being recorded, all its DDL done: Liquibase alone commits the DDL before this
         * point, so a kill here used to leave a changeset applied but unrecorded, failing every later start.
         */
        BETWEEN_DDL_AND_RECORD("""
                create schema test_hold;
                create function test_hold.hold() returns trigger language plpgsql as $$
                begin
                  if (select count(*) from public.databasechangelog) >= {M} then
                    perform pg_advisory_lock_shared(4242);
                  end if;
                  return new;
                end $$;
                create trigger test_hold before insert on public.databasechangelog
                  for each row execute function test_hold.hold();
                """, "drop schema test_hold cascade");

        private final String install;
        private final String remove;

        Hold(String install, String remove) {
            this.install = install;
            this.remove = remove;
        }
    }

    @ParameterizedTest
    @EnumSource(Hold.class)
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aMigratorKilledHalfWayLeavesNothingAndDoesNotBlockTheNextStart(Hold hold) throws Exception {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        int changesets = SchemaChangelog.changesetCount(); // a file may hold several
        try (Connection c = db.open(); Connection blocker = db.open()) {
            List<String> full = migrateAndRecordTheSchema(c);
            LiquibaseSteps.rollback(c, changesets);
            List<String> empty = LiquibaseSteps.schema(c);
            c.setAutoCommit(true);
            try (Statement st = c.createStatement(); Statement lock = blocker.createStatement()) {
                lock.execute("select pg_advisory_lock(" + HOLD + ")");
                st.execute(hold.install.replace("{M}", String.valueOf(changesets / 2)));
            }

            Process migrator = migrateInANewProcess(db);
            awaitMigratorHeld(c, migrator);
            assertThat(count(c, "select count(*) from databasechangelog")).as("committed while migrating").isZero();
            migrator.destroyForcibly();
            assertThat(migrator.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // The killed process's server backend notices only at its next I/O: let it run into its dead socket.
            try (Statement lock = blocker.createStatement()) {
                lock.execute("select pg_advisory_unlock(" + HOLD + ")");
            }
            awaitNoOtherSession(c, blocker);
            try (Statement st = c.createStatement()) {
                st.execute(hold.remove);
            }
            assertThat(LiquibaseSteps.schema(c)).as("left by the killed migrator").isEqualTo(empty);

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

    private static void awaitMigratorHeld(Connection c, Process migrator) throws Exception {
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
        throw new AssertionError("the migrator never reached the middle of the changelog");
    }

    private static void awaitNoOtherSession(Connection c, Connection blocker) throws Exception {
        long blockerPid = count(blocker, "select pg_backend_pid()");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(c, "select count(*) from pg_stat_activity where datname = current_database()"
                + " and pid not in (pg_backend_pid(), " + blockerPid + ")") > 0) {
            assertThat(System.nanoTime()).as("the killed migrator's session ended").isLessThan(deadline);
            Thread.sleep(20);
        }
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
