package org.campaigntracker.cli.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database goes away between two commands: the next one says so in one line and exits with code 5. */
class DatabaseStoppedTest {

    private static final String NO_EXTERNAL_URL = "";

    @TempDir
    Path home;

    @AfterEach
    void stopWhatMayStillRun() {
        EmbeddedPostgres.stop(home);
    }

    @Test
    void anEmbeddedServerThatWasStoppedAndCannotStartAgainIsOneClearLine() throws Exception {
        CliRun cli = embedded("en_GB.UTF-8");
        assertThat(cli.run("campaign", "create", "caf-2023", "--name", "CAF").exitCode()).isZero();
        Path data = EmbeddedPostgres.status(home).dataDirectory();
        assertThat(EmbeddedPostgres.stop(home)).isTrue();
        // A setting PostgreSQL cannot parse: the server refuses to start, as after a bad hand edit.
        Files.writeString(data.resolve("postgresql.auto.conf"), "\nthis is not a setting\n", StandardOpenOption.APPEND);

        CliRun.Result down = cli.run("campaign", "list");
        assertThat(down.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(down.out()).isEmpty();
        assertThat(down.err().lines()).hasSize(1).first().asString()
                .startsWith("tracker: the database is unavailable: PostgreSQL could not start")
                .contains(data.getParent().resolve("postgres.log").toString());

        CliRun.Result french = embedded("fr_FR.UTF-8").run("campaign", "list");
        assertThat(french.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(french.err().lines()).hasSize(1).first().asString()
                .startsWith("tracker: la base de données est indisponible : PostgreSQL could not start");
        assertThat(EmbeddedPostgres.status(home).running()).isFalse();
    }

    @Test
    void anExternalDatabaseStoppedBetweenTwoCommandsOfOneProcessIsOneClearLine() {
        EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(home.resolve("external"));
        CliRun cli = new CliRun(new ConnectionSettings(pg.jdbcUrl(), pg.user(), pg.password()),
                home.resolve("cli").toString());
        assertThat(cli.run("campaign", "create", "caf-2023", "--name", "CAF").exitCode()).isZero();
        assertThat(cli.run("campaign", "list").out()).contains("caf-2023");
        pg.close();

        CliRun.Result down = cli.run("campaign", "list");
        assertThat(down.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(down.out()).isEmpty();
        assertThat(down.err().lines()).hasSize(1).first().asString()
                .startsWith("tracker: the database is unavailable: cannot connect to the database at "
                        + pg.jdbcUrl());
    }

    private CliRun embedded(String lang) {
        return new CliRun(new ConnectionSettings(NO_EXTERNAL_URL, "", ""), home.toString()).env("LANG", lang);
    }
}
