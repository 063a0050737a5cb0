package org.campaigntracker.db.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.Migrator;
import org.campaigntracker.db.SchemaChangelog;
import org.campaigntracker.db.embedded.EmbeddedPostgres;
import org.jooq.Constants;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Target;

/**
 * Starts a throw-away PostgreSQL, applies the changelog with the same {@link Migrator} the product uses, and runs
 * jOOQ's generator against it. Skipped when the changelog and jOOQ version are those of the last generation.
 *
 * <p>Arguments: output folder, package name, scratch folder for the temporary database.
 */
public final class CodeGenerator {

    /** Tables that belong to the migration machinery, not to the domain. */
    static final String EXCLUDES = "databasechangelog|databasechangeloglock|schema_stamp"
            + "|theme_keep_revision|demand_keep_revision|stakeholder_keep_revision";

    private CodeGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: CodeGenerator <output dir> <package> <scratch dir>");
        }
        Path output = Path.of(args[0]);
        String packageName = args[1];
        Path scratch = Path.of(args[2]);
        Path stampFile = output.resolve(".changelog-sha256");
        String stamp = SchemaChangelog.sha256() + " jooq-" + Constants.VERSION;

        if (Files.exists(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).strip().equals(stamp)) {
            System.out.println("[codegen] changelog unchanged since the last generation: jOOQ classes kept");
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(scratch.getParent());
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(scratch)) {
            ConnectionSettings settings = new ConnectionSettings(pg.jdbcUrl(), pg.user(), pg.password());
            try (Connection connection = settings.open()) {
                Migrator.migrate(connection);
            }
            GenerationTool.generate(configuration(settings, output, packageName));
        }
        Files.createDirectories(output);
        Files.writeString(stampFile, stamp + "\n", StandardCharsets.UTF_8);
        System.out.printf("[codegen] jOOQ classes generated from the changelog in %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    static Configuration configuration(ConnectionSettings settings, Path output, String packageName) throws IOException {
        return new Configuration()
                .withLogging(Logging.WARN)
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(settings.jdbcUrl())
                        .withUser(settings.user())
                        .withPassword(settings.password()))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withOutputSchemaToDefault(true)
                                .withExcludes(EXCLUDES)
                                .withIncludeRoutines(false))
                        .withGenerate(new Generate()
                                .withJavaTimeTypes(true)
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withFluentSetters(true)
                                .withDeprecated(false)
                                .withGeneratedAnnotation(false)
                                .withComments(true))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toString())
                                .withClean(true)));
    }

    static List<String> excludedTables() {
        return List.of(EXCLUDES.split("\\|"));
    }
}
