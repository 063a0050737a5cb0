package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.nio.file.Path;
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
        LauncherRun launcher = new LauncherRun(db, home);

        LauncherRun.Result logged = launcher.env("LANG", "en_GB.UTF-8").run("meeting", "log", "--with", "GRIV",
                "--with", "défenseur", "--on", "17/01/2023", "--summary", "Cinq exigences présentées", "--demand", "1.2",
                "--yes");
        assertThat(logged.code()).as(logged.err()).isZero();
        assertThat(logged.out()).contains("Logged meeting #1 on 2023-01-17 with Nicolas Grivel (CNAF), Défenseur des droits");
        assertThat(ok(cli, "meeting", "show", "1").out()).contains("Cinq exigences présentées");
        assertThat(ok(cli, "meeting", "list", "--csv").out()).contains("2023-01-17,meeting,\"Meeting with Nicolas Grivel (CNAF), Défenseur des droits\"");

        // A French locale that is not installed: arguments still arrive intact and messages are still French.
        LauncherRun.Result unknown = launcher.env("LANG", "fr_FR.UTF-8").run("meeting", "log", "--with", "hédonne",
                "--summary", "x");
        assertThat(unknown.code()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err().lines()).containsExactly("tracker: aucun(e) partie prenante ne correspond à « hédonne »");
        assertThat(ok(cli, "meeting", "list", "--csv").out().lines()).hasSize(2);
    }
}
