package org.campaigntracker.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCountCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Liquibase commands the migration tests drive by hand, and a fingerprint of the schema to compare states. */
final class LiquibaseSteps {

    private LiquibaseSteps() {
    }

    interface LiquibaseCall {
        void run(Database database) throws Exception;
    }

    static void rollback(Connection c, int changesets) {
        liquibase(c, database -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, SchemaChangelog.MASTER)
                .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, changesets).execute());
    }

    static void update(Connection c, int changesets) {
        liquibase(c, database -> new CommandScope(UpdateCountCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCountCommandStep.CHANGELOG_FILE_ARG, SchemaChangelog.MASTER)
                .addArgumentValue(UpdateCountCommandStep.COUNT_ARG, changesets).execute());
    }

    /** Runs a command, then gives the connection back as it was: Liquibase leaves auto-commit off. */
    static void liquibase(Connection c, LiquibaseCall call) {
        try {
            boolean autoCommit = c.getAutoCommit();
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c) {
                @Override
                public void close() {
                    // the test closes it
                }
            });
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor()),
                    () -> call.run(database));
            c.setAutoCommit(autoCommit);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Everything a changeset can create in the public schema, as sorted lines: columns with their types, defaults
     * and nullability, constraints, indexes, triggers, functions (with a hash of their body), views, enum labels,
     * sequences and extensions. Liquibase's own tables are left out.
     */
    static List<String> schema(Connection c) throws SQLException {
        String sql = """
                select 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable
                       || ' ' || coalesce(column_default, '') || ' ' || coalesce(generation_expression, '')
                  from information_schema.columns where table_schema = 'public'
                   and table_name not like 'databasechangelog%'
                union all
                select 'constraint ' || conrelid::regclass || ' ' || conname || ' '
                       -- A rollback may restore a check as NOT VALID when existing rows cannot be judged by it
                       -- (0020: contact values sealed by the application); the rule itself must be identical.
                       || replace(pg_get_constraintdef(oid), ' NOT VALID', '')
                  from pg_constraint where connamespace = 'public'::regnamespace
                   and conrelid::regclass::text not like 'databasechangelog%'
                union all
                select 'index ' || indexdef from pg_indexes where schemaname = 'public'
                   and tablename not like 'databasechangelog%'
                union all
                select 'trigger ' || pg_get_triggerdef(oid) from pg_trigger where not tgisinternal
                union all
                select 'function ' || p.oid::regprocedure || ' ' || md5(coalesce(p.prosrc, ''))
                  from pg_proc p where p.pronamespace = 'public'::regnamespace
                   and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
                union all
                select 'view ' || viewname || ' ' || md5(definition) from pg_views where schemaname = 'public'
                union all
                select 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' order by e.enumsortorder)
                  from pg_type t join pg_enum e on e.enumtypid = t.oid
                 where t.typnamespace = 'public'::regnamespace group by t.typname
                union all
                select 'sequence ' || sequencename from pg_sequences where schemaname = 'public'
                union all
                select 'extension ' || extname from pg_extension
                order by 1
                """;
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
