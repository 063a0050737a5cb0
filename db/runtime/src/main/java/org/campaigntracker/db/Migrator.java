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
 * <p>Liquibase's own lock is a row that stays set when a migrating process is killed, blocking every later start.
 * We serialise migrators with a PostgreSQL session advisory lock instead, which the server releases when the
 * connection dies, and clear Liquibase's row while holding it. Each changeset runs in its own transaction
 * (PostgreSQL DDL is transactional), so a killed migration leaves the schema at the last whole changeset.
 *
 * <p>When the stamp written after the last migration matches this build's changelog, nothing else runs: this keeps
 * Liquibase out of every CLI call.
 */
public final class Migrator {

    /** Arbitrary but fixed: the advisory lock key shared by every tracker process. */
    static final long LOCK_KEY = 0x5452_4143_4b45_5231L;

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

    /** Migrates if needed, through the given connection; the connection is left open. */
    public static Outcome migrate(Connection connection) {
        String expected = SchemaChangelog.sha256();
        try {
            if (expected.equals(currentStamp(connection))) {
                return Outcome.UP_TO_DATE;
            }
            try (Statement st = connection.createStatement()) {
                st.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
            }
            try {
                // Another process may have migrated while we waited for the lock.
                if (expected.equals(currentStamp(connection))) {
                    return Outcome.UP_TO_DATE;
                }
                runLiquibase(connection);
                writeStamp(connection, expected);
                return Outcome.MIGRATED;
            } finally {
                try (Statement st = connection.createStatement()) {
                    st.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("cannot migrate the database: " + e.getMessage(), e);
        }
    }

    /**
     * The changelog fingerprint of the last completed migration, or null when the schema may not match it:
     * no stamp yet, or changesets recorded since then were rolled back by hand.
     */
    static String currentStamp(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(
                     "select to_regclass('schema_stamp') is not null and to_regclass('databasechangelog') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                return null;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select changelog_sha256, (select count(*) from databasechangelog) "
                     + "from schema_stamp where id = 1")) {
            if (!rs.next() || rs.getLong(2) != SchemaChangelog.changesetCount()) {
                return null;
            }
            return rs.getString(1);
        }
    }

    private static void writeStamp(Connection connection, String sha) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "insert into schema_stamp (id, changelog_sha256, migrated_at) values (1, ?, now()) "
                        + "on conflict (id) do update set changelog_sha256 = excluded.changelog_sha256, migrated_at = now()")) {
            ps.setString(1, sha);
            ps.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    private static void runLiquibase(Connection connection) {
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new NonClosingJdbcConnection(connection));
            // We hold the advisory lock, so a row left by a killed migrator is stale by definition.
            LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
            Scope.child(Map.of(
                            Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(Migrator.class.getClassLoader()),
                            Scope.Attr.ui.name(), new LoggerUIService()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, SchemaChangelog.MASTER)
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
