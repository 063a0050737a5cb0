package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository-root ./tracker launcher as a separate process, on a test database. */
class LauncherTest {

    @TempDir
    Path home;

    @Test
    void logsAMeetingWithAccentedAndPartialNames() throws Exception {
        ConnectionSettings db = TestPostgres.freshDatabase();
        CliRun cli = new CliRun(db, home.toString());
        CafData.load(cli);

        Run logged = launch(db, "en_GB.UTF-8", "meeting", "log", "--with", "GRIV", "--with", "défenseur", "--on", "17/01/2023",
                "--summary", "Cinq exigences présentées", "--demand", "1.2", "--yes");
        assertThat(logged.code).as(logged.err).isZero();
        assertThat(logged.out).contains("Logged meeting #1 on 2023-01-17 with Nicolas Grivel (CNAF), Défenseur des droits");
        assertThat(ok(cli, "meeting", "show", "1").out()).contains("Cinq exigences présentées");
        assertThat(ok(cli, "meeting", "list", "--csv").out()).contains("2023-01-17,meeting,\"Meeting with Nicolas Grivel (CNAF), Défenseur des droits\"");

        // A French locale that is not installed: arguments still arrive intact and messages are still French.
        Run unknown = launch(db, "fr_FR.UTF-8", "meeting", "log", "--with", "hédonne", "--summary", "x");
        assertThat(unknown.code).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err.lines()).containsExactly("tracker: aucun(e) partie prenante ne correspond à « hédonne »");
        assertThat(ok(cli, "meeting", "list", "--csv").out().lines()).hasSize(2);
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(ConnectionSettings db, String lang, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of("..", "tracker").toAbsolutePath().normalize().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("TRACKER_SKIP_BUILD", "1");
        pb.environment().put("TRACKER_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().put("TRACKER_DB_URL", db.jdbcUrl());
        pb.environment().put("TRACKER_DATA_KEY", CliRun.TEST_DATA_KEY);
        pb.environment().put("TRACKER_DB_USER", db.user());
        pb.environment().put("TRACKER_DB_PASSWORD", db.password());
        pb.environment().put("TRACKER_HOME", home.toString());
        pb.environment().put("LANG", lang);
        pb.environment().remove("LC_ALL");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err);
    }
}
