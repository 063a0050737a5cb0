package org.campaigntracker.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * A migration is all or nothing: whatever stops it, the database is left as it was and the next start applies
 * the whole update.
 */
class MigrationAtomicityTest {

    /**
     * Fails the recording of a changeset in the middle of the changelog, after its DDL ran: the window where
     * Liquibase alone had committed the DDL without its record, so that every later start failed on "relation
     * already exists". Outside the public schema, which is compared.
     */
    private static final String FAIL_RECORD = """
            create schema test_fail;
            create function test_fail.fail() returns trigger language plpgsql as $$
            begin
              if (select count(*) from public.databasechangelog) >= {M} then
                raise exception 'recording changeset % failed', new.id;
              end if;
              return new;
            end $$;
            create trigger test_fail before insert on public.databasechangelog
              for each row execute function test_fail.fail();
            """;

    @Test
    void aChangesetWhoseRecordFailsLeavesNothingAndTheNextStartMigratesEverything() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            Migrator.migrate(c);
            List<String> full = LiquibaseSteps.schema(c);
            int changesets = SchemaChangelog.changesetCount();
            LiquibaseSteps.rollback(c, changesets);
            List<String> empty = LiquibaseSteps.schema(c);
            try (Statement st = c.createStatement()) {
                st.execute(FAIL_RECORD.replace("{M}", String.valueOf(changesets / 2)));
            }

            assertThatThrownBy(() -> Migrator.migrate(c)).isInstanceOf(SchemaMigrationException.class)
                    .hasMessageContaining("recording changeset");
            try (Statement st = c.createStatement()) {
                st.execute("drop schema test_fail cascade");
            }
            assertThat(MigratorTest.count(c, "select count(*) from databasechangelog")).isZero();
            assertThat(LiquibaseSteps.schema(c)).as("nothing of the failed migration is left").isEqualTo(empty);
            assertThat(Migrator.currentStamp(c)).isNull();
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.MIGRATED);
            assertThat(LiquibaseSteps.schema(c)).isEqualTo(full);
            assertThat(MigratorTest.count(c, "select count(*) from databasechangelog")).isEqualTo(changesets);
        }
    }

    @Test
    void aChangesetThatCannotRunInATransactionIsRefusedAndNothingIsWritten() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            assertThatThrownBy(() -> Migrator.migrate(c, "db/test-changelog/no-transaction.yaml"))
                    .isInstanceOf(SchemaMigrationException.class)
                    .hasMessageContaining("runInTransaction:false");
            // Not even the first changeset, nor Liquibase's own tables: they were in the same transaction.
            assertThat(MigratorTest.tables(c)).isEmpty();
            assertThat(c.getAutoCommit()).isTrue();
        }
    }

    @Test
    void anUpToDateDatabaseCostsOneQueryAndLeavesTheConnectionInItsMode() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            Migrator.migrate(c);
            StatementCounter counter = new StatementCounter(c);
            assertThat(Migrator.migrate(counter.connection())).isEqualTo(Migrator.Outcome.UP_TO_DATE);
            assertThat(counter.executed()).isEqualTo(1);

            c.setAutoCommit(false);
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.UP_TO_DATE);
            assertThat(c.getAutoCommit()).isFalse();
        }
    }

    /** The statements the migrator must be able to run in one transaction, and the patterns that would not. */
    @Test
    void everyChangesetOfTheChangelogRunsInsideATransaction() {
        assertThat(ChangelogScan.outsideATransaction(SchemaChangelog.files()))
                .as("""
                        changesets the migrator cannot apply in its single transaction: rewrite them (a plain \
                        CREATE INDEX on a small table, a new enum type instead of ADD VALUE)""")
                .isEmpty();
        // The scan is not blind: it finds what the refused test changelog declares.
        assertThat(ChangelogScan.outsideATransaction(SchemaChangelog.files("db/test-changelog/no-transaction.yaml")))
                .containsExactly(
                        "db/test-changelog/changes/0002-note-index-concurrently.sql: runInTransaction:false",
                        "db/test-changelog/changes/0002-note-index-concurrently.sql: concurrently");
    }
}
