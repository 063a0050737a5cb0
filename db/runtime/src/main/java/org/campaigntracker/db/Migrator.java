package org.campaigntracker.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings a database to the schema of this build.
 *
 * <p>A migration is all or nothing: every pending changeset, its {@code databasechangelog} record and the schema
 * stamp are committed together in one PostgreSQL transaction (DDL is transactional in PostgreSQL), through
 * {@link SingleTransaction}. Liquibase on its own commits a changeset's DDL before recording it, so a process
 * killed in between left DDL that the next start ran again and failed on; now a migration killed or failing at any
 * point leaves the database as it was, and the next start applies the whole update. A changeset that cannot run in
 * a transaction ({@code runInTransaction:false}) is refused. The migrating transaction holds its locks on the
 * tables it changes until it commits: servers reading them wait for the migration, they never see half of it.
 *
 * <p>Liquibase's own lock is a row that stays set when a migrating process is killed, blocking every later start.
 * We serialise migrators with a PostgreSQL session advisory lock instead, which the server releases when the
 * connection dies, and clear Liquibase's row while holding it.
 *
 * <p>When the stamp written with the last migration matches this build's changelog, nothing else runs: one query,
 * and Liquibase stays out of every CLI call.
 */
public final class Migrator {

    /** Arbitrary but fixed: the advisory lock key shared by every tracker process. */
    static final long LOCK_KEY = 0x5452_4143_4b45_5231L;

    private static final String STAMP_QUERY = "select changelog_sha256, (select count(*) from databasechangelog) "
            + "from schema_stamp where id = 1";
    private static final String UNDEFINED_TABLE = "42P01";

    // Held strongly: java.util.logging forgets the level of a logger nobody references.
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    static {
        // Liquibase 4.30+ would otherwise try to send usage analytics, and print a banner.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        // Migrations are routine: only problems are worth a line on the user's terminal.
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    public enum Outcome { UP_TO_DATE, MIGRATED }

    private Migrator() {
    }

    /** Migrates if needed, through the given connection; the connection is left open, in the mode it was. */
    public static Outcome migrate(Connection connection) {
        return migrate(connection, SchemaChangelog.MASTER);
    }

    /** Migrates to another master changelog: tests prove the migrator's guarantees with changelogs of their own. */
    static Outcome migrate(Connection connection, String master) {
        String expected = SchemaChangelog.sha256(master);
        int changesets = SchemaChangelog.changesetCount(SchemaChangelog.files(master));
        try {
            boolean autoCommit = connection.getAutoCommit();
            try {
                if (expected.equals(currentStamp(connection, changesets))) {
                    return Outcome.UP_TO_DATE;
                }
                return migrateUnderLock(connection, master, changesets, expected);
            } finally {
                if (!autoCommit && !connection.isClosed()) {
                    connection.setAutoCommit(false);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot migrate the database: " + e.getMessage(), e);
        }
    }

    private static Outcome migrateUnderLock(Connection connection, String master, int changesets, String expected)
            throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
        }
        try {
            // Another process may have migrated while we waited for the lock.
            if (expected.equals(currentStamp(connection, changesets))) {
                return Outcome.UP_TO_DATE;
            }
            migrateInOneTransaction(connection, master, changesets, expected);
            return Outcome.MIGRATED;
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        }
    }

    /**
     * The changelog fingerprint of the last completed migration, or null when the schema may not match it:
     * no stamp yet, or changesets recorded since then were rolled back by hand.
     */
    static String currentStamp(Connection connection) throws SQLException {
        return currentStamp(connection, SchemaChangelog.changesetCount());
    }

    /** One query; in auto-commit mode, so that "no such table" on an empty database aborts no transaction. */
    private static String currentStamp(Connection connection, int changesets) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(STAMP_QUERY)) {
            if (!rs.next() || rs.getLong(2) != changesets) {
                return null;
            }
            return rs.getString(1);
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return null;
            }
            throw e;
        }
    }

    /** Liquibase's update, its records and the stamp, committed together or not at all. */
    private static void migrateInOneTransaction(Connection connection, String master, int changesets, String sha)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            runLiquibase(SingleTransaction.over(connection), master);
            requireEveryChangesetRecorded(connection, changesets);
            writeStamp(connection, sha);
            connection.commit();
        } catch (RuntimeException | SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed); // the connection died: the server rolls back for us
            }
            throw e;
        } finally {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Liquibase may skip a changeset without failing (a precondition, a rollback it recovers from): never stamp that. */
    private static void requireEveryChangesetRecorded(Connection connection, int changesets) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from databasechangelog")) {
            rs.next();
            if (rs.getLong(1) != changesets) {
                throw new SchemaMigrationException("the database schema could not be migrated: "
                        + rs.getLong(1) + " of " + changesets + " changesets recorded; nothing was changed");
            }
        }
    }

    private static void writeStamp(Connection connection, String sha) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into schema_stamp (id, changelog_sha256, migrated_at) values (1, ?, now()) "
                        + "on conflict (id) do update set changelog_sha256 = excluded.changelog_sha256, migrated_at = now()")) {
            ps.setString(1, sha);
            ps.executeUpdate();
        }
    }

    private static void runLiquibase(Connection transaction, String master) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new NonClosingJdbcConnection(transaction));
            // We hold the advisory lock, so a row left by a killed migrator is stale by definition.
            LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
            Scope.child(Map.of(
                            Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrator.class.getClassLoader()),
                            Scope.Attr.ui.name(), new LoggerUIService()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, master)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                            .execute());
        } catch (Exception e) {
            throw new SchemaMigrationException("the database schema could not be migrated: " + e.getMessage(), e);
        }
    }

    /** Liquibase closes the connection it is given; ours belongs to the caller. */
    private static final class NonClosingJdbcConnection extends JdbcConnection {
        NonClosingJdbcConnection(Connection connection) {
            super(connection);
        }

        @Override
        public void close() {
            // the caller closes it
        }
    }
}
