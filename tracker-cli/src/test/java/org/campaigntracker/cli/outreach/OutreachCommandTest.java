package org.campaigntracker.cli.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.nio.file.Path;
import org.campaigntracker.cli.CafData;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The September 2022 press kit and the December items it led to, through the CLI. */
class OutreachCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        CafData.load(cli);
        ok(cli, "stakeholder", "add", "Benoît Collombat", "--function", "journaliste", "--category", "media");
    }

    @Test
    void aPressKitIsRecordedAndTheReportTracesTheCoverageItLedTo() {
        assertThat(ok(cli, "outreach", "add", "--kind", "dossier de presse", "--on", "01/09/2022", "--title",
                "Dossier de presse (septembre 2022)", "--journalist", "collombat", "--outlet", "Radio France",
                "Mediapart", "--attachment", "Dossier de presse", "--embargo", "2022-09-05T06:00+02:00").out())
                .startsWith("Outreach #1 recorded: Dossier de presse (septembre 2022) (press kit) sent on 2022-09-01");
        ok(cli, "press", "add", "Quand des algorithmes notent les allocataires", "--outlet", "Radio France",
                "--medium", "web", "--on", "09/12/2022", "--outreach", "DOSSIER");
        CliRun.Result unknown = cli.run("press", "add", "Autre", "--outlet", "Le Monde", "--medium", "print",
                "--outreach", "communiqué");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(ok(cli, "press", "list", "--csv").out().lines()).hasSize(2);

        assertThat(ok(cli, "press", "report").out()).contains("Outreach → coverage (1 send):")
                .contains("Dossier de presse (septembre 2022) (press kit) — 1 item(s), the first 99 day(s) after")
                .contains("outlets reached: Radio France; not reached: Mediapart")
                .doesNotContain("Collombat");
        assertThat(ok(cli, "--lang", "fr", "outreach", "show", "dossier").out())
                .contains("(dossier de presse)").contains("journaliste : Benoît Collombat")
                .contains("Médias sans retombée : Mediapart");
        assertThat(ok(cli, "outreach", "list").out()).contains("press kit").contains("99");
    }

    @Test
    void badInputIsOneLineAndWritesNothing() {
        CliRun.Result noKind = cli.run("outreach", "add", "--title", "Communiqué");
        assertThat(noKind.exitCode()).isEqualTo(ExitCode.USAGE);
        CliRun.Result badDate = cli.run("outreach", "add", "--kind", "pitch", "--title", "Sujet", "--on", "2101-01-01");
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badDate.err().lines()).containsExactly("tracker: date must be between 1900-01-01 and 2100-12-31");
        CliRun.Result badJournalist = cli.run("outreach", "add", "--kind", "pitch", "--title", "Sujet",
                "--journalist", "colombat");
        assertThat(badJournalist.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(badJournalist.err().lines()).hasSize(1);
        assertThat(ok(cli, "outreach", "list", "--csv").out().lines()).hasSize(1);
    }

    @Test
    void aSendIsCorrectedAndWhatIsNotGivenStays() {
        ok(cli, "outreach", "add", "--kind", "pitch", "--on", "01/09/2022", "--title", "Sujet pour France 2",
                "--outlet", "France 2", "--embargo", "2022-09-05");
        assertThat(ok(cli, "--lang", "fr", "outreach", "edit", "france 2", "--kind", "communiqué de presse",
                "--outlet", "France 2", "France Inter", "--no-embargo").out())
                .isEqualTo("Envoi n° 1 modifié : Sujet pour France 2 (communiqué de presse) envoyé le 01/09/2022\n");
        String csv = ok(cli, "outreach", "list", "--csv").out();
        assertThat(csv).contains("press_release").contains("2022-09-01");
        assertThat(ok(cli, "outreach", "show", "france 2").out()).contains("outlet: France Inter")
                .doesNotContain("Embargo");

        CliRun.Result both = cli.run("outreach", "edit", "france 2", "--embargo", "2022-09-05", "--no-embargo");
        assertThat(both.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(both.err().lines()).containsExactly("tracker: embargo cannot be given with --no-embargo");
        CliRun.Result badDate = cli.run("outreach", "edit", "france 2", "--on", "31/02/2022");
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badDate.err().lines()).hasSize(1);
        assertThat(ok(cli, "outreach", "list", "--csv").out()).isEqualTo(csv);
    }
}
