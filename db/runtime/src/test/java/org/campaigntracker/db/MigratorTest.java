package org.campaigntracker.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class MigratorTest {

    @Test
    void migratesAnEmptyDatabaseToTheLatestSchemaThenSkipsLiquibase() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.MIGRATED);
            assertThat(tables(c)).contains("campaign", "theme", "demand", "stakeholder", "contact_point",
                    "relationship", "interaction", "position", "commitment", "press_item", "milestone",
                    "follow_up", "testimony", "testimony_consent", "testimony_identity", "training", "member");
            assertThat(count(c, "select count(*) from databasechangelog"))
                    .isEqualTo(SchemaChangelog.changesetCount());
            assertThat(Migrator.currentStamp(c)).isEqualTo(SchemaChangelog.sha256());

            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.UP_TO_DATE);
        }
    }

    @Test
    void concurrentStartsApplyEachChangesetOnce() throws Exception {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Migrator.Outcome>> results = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                results.add(pool.submit((Callable<Migrator.Outcome>) () -> {
                    try (Connection c = db.open()) {
                        return Migrator.migrate(c);
                    }
                }));
            }
            List<Migrator.Outcome> outcomes = new ArrayList<>();
            for (Future<Migrator.Outcome> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnlyOnce(Migrator.Outcome.MIGRATED);
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = db.open()) {
            assertThat(count(c, "select count(*) from databasechangelog"))
                    .isEqualTo(SchemaChangelog.changesetCount());
            assertThat(count(c, "select count(*) from (select id from databasechangelog group by id having count(*) > 1) d"))
                    .isZero();
        }
    }

    @Test
    void aLockLeftByAKilledMigratorDoesNotBlockTheNextStart() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open(); Statement st = c.createStatement()) {
            // What Liquibase leaves behind when its process is killed mid-migration.
            st.execute("create table databasechangeloglock (id integer primary key, locked boolean not null, "
                    + "lockgranted timestamp, lockedby varchar(255))");
            st.execute("insert into databasechangeloglock values (1, true, now(), 'killed-host (10.0.0.1)')");
        }
        try (Connection c = db.open()) {
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.MIGRATED);
            assertThat(count(c, "select count(*) from databasechangeloglock where locked")).isZero();
        }
    }

    @Test
    void aMigrationKilledHalfWayIsCompletedByTheNextStart() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            Migrator.migrate(c);
            // Simulate a process killed after the first changesets: roll back everything from 0010 on.
            List<String> files = SchemaChangelog.files();
            int fromCommitment = SchemaChangelog.changesetCount(
                    files.subList(files.indexOf("db/changelog/changes/0010-commitment.sql"), files.size()));
            LiquibaseSteps.rollback(c, fromCommitment);
            assertThat(tables(c)).doesNotContain("commitment", "milestone");
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.MIGRATED);
            assertThat(tables(c)).contains("commitment", "milestone", "follow_up");
        }
    }

    /**
     * Changeset 0030 bounds every date to 1900-01-01 – 2100-12-31 with NOT VALID checks: a database that already
     * holds a press item of 9999-12-31 (written before the bounds) migrates, keeps the row, and refuses a new one.
     */
    @Test
    void theDateRangesMigrateADatabaseHoldingOlderOutOfRangeRows() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            Migrator.migrate(c);
            List<String> files = SchemaChangelog.files();
            LiquibaseSteps.rollback(c, SchemaChangelog.changesetCount(
                    files.subList(files.indexOf("db/changelog/changes/0030-dates-in-range.sql"), files.size())));
            try (Statement st = c.createStatement()) {
                st.execute("insert into campaign (slug, name, deadline) values ('old', 'Old', date '0001-01-01')");
                st.execute("insert into press_item (campaign_id, outlet, medium, published_on, title) select id, "
                        + "'Le Monde', 'print', date '9999-12-31', 'Typo' from campaign");
            }
            assertThat(Migrator.migrate(c)).isEqualTo(Migrator.Outcome.MIGRATED);
            assertThat(count(c, "select count(*) from press_item where published_on = date '9999-12-31'"))
                    .isEqualTo(1);
            try (Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.execute("insert into press_item "
                        + "(campaign_id, outlet, medium, published_on, title) select id, 'Le Monde', 'print', "
                        + "date '0001-01-01', 'Typo' from campaign")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("press_item_published_on_range");
            }
        }
    }

    /**
     * Changesets are rolled back one at a time from the latest, recording the schema at each level, then applied
     * again one at a time: at every level the schema reached by applying must be the one reached by rolling back,
     * so each rollback undoes exactly its changeset. Reads the changelog, so new changesets are covered too.
     */
    @Test
    void everyChangesetRollsBackExactlyAndReapplies() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            Migrator.migrate(c);
            int changesets = SchemaChangelog.changesetCount(); // a file may hold several
            Map<Integer, List<String>> schemaAt = new HashMap<>();
            schemaAt.put(changesets, LiquibaseSteps.schema(c));
            for (int level = changesets - 1; level >= 0; level--) {
                LiquibaseSteps.rollback(c, 1);
                assertThat(count(c, "select count(*) from databasechangelog")).isEqualTo(level);
                schemaAt.put(level, LiquibaseSteps.schema(c));
            }
            assertThat(tables(c)).containsOnly("databasechangelog", "databasechangeloglock");
            assertThat(schemaAt.get(0)).allSatisfy(line -> assertThat(line).startsWith("extension "));

            for (int level = 1; level <= changesets; level++) {
                LiquibaseSteps.update(c, 1);
                assertThat(count(c, "select count(*) from databasechangelog")).isEqualTo(level);
                assertThat(LiquibaseSteps.schema(c))
                        .as("schema after applying changeset %d, compared with the one its rollback left", level)
                        .isEqualTo(schemaAt.get(level));
            }
            assertThat(schemaAt.get(changesets)).isNotEqualTo(schemaAt.get(changesets - 1));
        }
    }

    @Test
    void theStampChangesWhenAnyChangelogFileChanges() {
        assertThat(SchemaChangelog.files()).hasSizeGreaterThan(10)
                .allSatisfy(f -> assertThat(f).startsWith("db/changelog/changes/").endsWith(".sql"));
        assertThat(SchemaChangelog.sha256()).hasSize(64).isEqualTo(SchemaChangelog.sha256());
    }

    /**
     * Deleting a row makes PostgreSQL find the rows that reference it, through each foreign key: without an index
     * leading with the key's own column (campaign_id alone narrows nothing), that is a read of the whole table.
     */
    @Test
    void everyForeignKeyIsFollowedThroughAnIndex() throws SQLException {
        ConnectionSettings db = TestPostgres.emptyDatabase();
        try (Connection c = db.open()) {
            Migrator.migrate(c);
            List<String> unindexed = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                    select k.conrelid::regclass || '.' || k.conname
                    from pg_constraint k
                    where k.contype = 'f'
                      and not exists (
                        select 1
                        from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
                        where i.indrelid = k.conrelid and a.attnum = any (k.conkey)
                          and (a.attname <> 'campaign_id' or cardinality(k.conkey) = 1))
                    order by 1""")) {
                while (rs.next()) {
                    unindexed.add(rs.getString(1));
                }
            }
            assertThat(unindexed).isEmpty();
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
