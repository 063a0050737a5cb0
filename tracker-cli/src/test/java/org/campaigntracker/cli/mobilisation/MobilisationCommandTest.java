package org.campaigntracker.cli.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.cli.CafData;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The April 2023 joint appeal and a petition counted from an export, typed as a coordinator would, typos included. */
class MobilisationCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        CafData.load(cli);
    }

    @Test
    void aJointAppealIsAddedCountedListedShownAndSeenInStatus() {
        assertThat(ok(cli, "mobilisation", "add", "Appel commun pour une COG responsable", "--kind", "appel commun",
                "--count", "80", "--on", "01/04/2023", "--demand", "1.1", "--target", "grivel").out())
                .isEqualTo("Mobilisation #1 recorded: Appel commun pour une COG responsable (joint appeal), 80 on "
                        + "2023-04-01\n");
        // Accents, case and part of the title are forgiven.
        assertThat(ok(cli, "mobilisation", "count", "APPEL", "95", "--on", "2023-04-10").out())
                .isEqualTo("Appel commun pour une COG responsable: 95 on 2023-04-10 (+15 since 2023-04-01)\n");
        assertThat(ok(cli, "--lang", "fr", "mobilisation", "list").out()).contains("appel commun").contains("95")
                .doesNotContain("joint_appeal");
        assertThat(ok(cli, "mobilisation", "list", "--csv").out()).contains("joint_appeal");
        assertThat(ok(cli, "mobilisation", "show", "cog").out()).contains("target: Nicolas Grivel")
                .contains("Counts (2):").contains("Not delivered yet.");
        assertThat(ok(cli, "status").out()).contains("Mobilisation: petitions, joint appeals, letter campaigns (1):")
                .contains("Appel commun pour une COG responsable (joint appeal) — 95 on 2023-04-10, +15 since "
                        + "2023-04-01");
        assertThat(ok(cli, "--lang", "fr", "status").out()).contains("(appel commun) — 95 le 10/04/2023");

        ok(cli, "mobilisation", "deliver", "appel", "--to", "grivel", "--on", "02/05/2023");
        assertThat(ok(cli, "mobilisation", "show", "appel").out()).contains("Delivered on 2023-05-02 to Nicolas Grivel");
    }

    @Test
    void badInputIsOneLineWithANonZeroExitAndWritesNothing() {
        ok(cli, "mobilisation", "add", "Appel commun", "--kind", "joint_appeal", "--count", "80", "--on", "2023-04-01");
        CliRun.Result typo = cli.run("mobilisation", "count", "apel comun", "90");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(typo.err().lines()).singleElement().asString().contains("did you mean: Appel commun");
        CliRun.Result negative = cli.run("mobilisation", "count", "appel", "--", "-3");
        assertThat(negative.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(negative.err().lines()).containsExactly("tracker: count must be between 0 and 100000000");
        CliRun.Result tooMany = cli.run("mobilisation", "count", "appel", "100000001");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        CliRun.Result badDate = cli.run("mobilisation", "count", "appel", "90", "--on", "31/02/2023");
        assertThat(badDate.exitCode()).isNotZero();
        assertThat(badDate.err().lines()).hasSize(1);
        CliRun.Result farDate = cli.run("mobilisation", "count", "appel", "90", "--on", "2101-01-01");
        assertThat(farDate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        CliRun.Result badKind = cli.run("mobilisation", "add", "Autre", "--kind", "manif");
        assertThat(badKind.exitCode()).isNotZero();
        assertThat(badKind.err()).contains("petition, joint_appeal, letter_campaign");
        CliRun.Result again = cli.run("mobilisation", "add", "Appel commun");
        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(again.err().lines()).containsExactly("tracker: a mobilisation with this title already exists");
        assertThat(ok(cli, "mobilisation", "show", "appel").out()).contains("Counts (1):");
        assertThat(ok(cli, "mobilisation", "list", "--csv").out().lines()).hasSize(2);
    }

    @Test
    void aPlatformExportIsImportedWholeOrNotAtAllAndNamesAreNotKept() throws Exception {
        ok(cli, "mobilisation", "add", "Pétition « Stop au score »", "--on", "2023-04-01");
        Path signatures = home.resolve("signatures.csv");
        // Saved by a spreadsheet on Windows: Windows-1252, semicolons, French dates.
        Files.writeString(signatures, "Prénom;Nom;Date de signature\nZoé;Martin;02/04/2023 10:00\n"
                + "Paul;Durand;02/04/2023 11:30\nAmélie;Leroy;05/04/2023\n", Charset.forName("windows-1252"));
        assertThat(ok(cli, "import", "counts", "petition", signatures.toString()).out())
                .contains("3 signatures counted").contains("3 on 2023-04-05").contains("no name was kept");

        Path bad = home.resolve("bad.csv");
        Files.writeString(bad, "date,count\n2023-04-10,12\n2023-04-11,douze\n");
        CliRun.Result refused = cli.run("--lang", "fr", "import", "counts", "petition", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(refused.err().lines()).containsExactly("tracker: bad.csv : ligne 3, colonne « count » : « douze » "
                + "n’est pas un nombre entier entre 0 et 100 000 000");
        assertThat(ok(cli, "mobilisation", "show", "petition").out()).contains("Counts (2):");
        CliRun.Result missing = cli.run("import", "counts", "petition", home.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err().lines()).hasSize(1);
    }
}
