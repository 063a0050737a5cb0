package org.campaigntracker.cli.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.core.sheet.SheetFiles;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker import stakeholders|interactions FILE}: output, exit codes and what lands, in both languages. */
class SheetImportCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        ok(cli, "campaign", "create", "caf", "--name", "CAF");
    }

    @Test
    void aFrenchXlsxDryRunShowsEveryRowThenTheImportWritesIt() throws Exception {
        ok(cli, "stakeholder", "add", "Claire Hédon");
        ok(cli, "stakeholder", "contact", "hedon", "email", "c.hedon@example.org");
        Path file = home.resolve("contacts.xlsx");
        Files.write(file, SheetFiles.xlsx("Contacts", List.of(
                Arrays.asList("Carnet d’adresses", null),
                Arrays.asList("Nom", "Structure", "Fonction", "Courriel", "Pouvoir", "Organisaton"),
                Arrays.asList("Nicolas Grivel", "CNAF", "Directeur général", "ng@example.org", 5, null),
                Arrays.asList("Mme Claire Hedon", null, "Défenseure des droits", "C.Hedon@example.org", null, null),
                Arrays.asList("Nicolas Grivel", "CNAF", null, null, null, null))));

        CliRun.Result dry = ok(cli, "--lang", "fr", "import", "stakeholders", file.toString(), "--dry-run");
        assertThat(dry.out()).contains("Colonnes ignorées (aucun champ correspondant ; utilisez --map) : "
                        + "Organisaton (organisation?)")
                .contains("créer", "compléter", "ignorer")
                .contains("complète Fonction de Claire Hédon (trouvé par courriel)")
                .contains("identique à la ligne 3 du fichier")
                .contains("Nouvelles organisations qui seraient créées : CNAF")
                .contains("Essai à blanc, feuille Contacts : 1 à créer, 1 à compléter, 1 à ignorer ; rien n’a été écrit.");
        assertThat(ok(cli, "stakeholder", "list", "--csv").out().lines()).hasSize(2);

        CliRun.Result done = ok(cli, "import", "stakeholders", file.toString());
        assertThat(done.out()).contains("Sheet Contacts: 1 created, 1 updated, 1 skipped.")
                .contains("New organisations created: CNAF")
                .contains("same as row 3 of the file")
                .doesNotContain("Nicolas Grivel  create"); // created rows are counted, not listed
        assertThat(ok(cli, "stakeholder", "show", "grivel").out()).contains("ng@example.org", "CNAF",
                "Directeur général");
        assertThat(ok(cli, "stakeholder", "show", "hedon").out()).contains("Défenseure des droits");
    }

    @Test
    void aBadCellExitsSixNamingSheetRowAndColumnAndWritesNothing() throws Exception {
        Path csv = home.resolve("contacts.csv");
        Files.writeString(csv, "nom;organisation;fonction;pouvoir\n"
                + "Nicolas Grivel;CNAF;directeur général;5\n"
                + "Benoît Collombat;Radio France;journaliste;neuf\n", StandardCharsets.UTF_8);
        CliRun.Result failed = cli.run("import", "stakeholders", csv.toString());
        assertThat(failed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(failed.err().lines()).containsExactly(
                "tracker: contacts!D3: power must be a whole number, not “neuf”",
                "tracker: nothing was imported; fix the lines above and run the import again");
        assertThat(ok(cli, "stakeholder", "list", "--csv").out().lines()).hasSize(1);

        Path noHeader = home.resolve("x.csv");
        Files.writeString(noHeader, "who,where\nx,y\n", StandardCharsets.UTF_8);
        CliRun.Result bad = cli.run("import", "stakeholders", noHeader.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err().lines()).hasSize(1).first().asString().contains("no header row");

        Path pdf = home.resolve("x.pdf");
        Files.writeString(pdf, "%PDF", StandardCharsets.UTF_8);
        CliRun.Result notSheet = cli.run("--lang", "fr", "import", "stakeholders", pdf.toString());
        assertThat(notSheet.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(notSheet.err()).isEqualTo("tracker: x.pdf : ce n’est pas un tableur que le tracker sait lire ; "
                + "l’enregistrer en .xlsx, .ods ou .csv\n");
    }

    @Test
    void interactionsFromAnOdsSheetAreImportedOnce() throws Exception {
        ok(cli, "stakeholder", "add", "Nicolas Grivel");
        Path file = home.resolve("suivi.ods");
        Files.write(file, SheetFiles.ods("Rencontres", List.of(
                List.of("Date", "Type", "Avec qui", "Compte rendu"),
                List.of(LocalDate.of(2023, 1, 17), "Réunion", "Grivel", "COG"),
                List.of("31/02/2023", "appel", "Grivel", "Relance"))));
        CliRun.Result bad = cli.run("import", "interactions", file.toString(), "--sheet", "Rencontres");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err()).startsWith("tracker: Rencontres!A3: date “31/02/2023” is not a date");

        Files.write(file, SheetFiles.ods("Rencontres", List.of(
                List.of("Date", "Type", "Avec qui", "Compte rendu"),
                List.of(LocalDate.of(2023, 1, 17), "Réunion", "Grivel", "COG"))));
        assertThat(ok(cli, "import", "interactions", file.toString(), "--sheet", "Rencontres").out())
                .contains("Sheet Rencontres: 1 created, 0 updated, 0 skipped.");
        assertThat(ok(cli, "import", "interactions", file.toString(), "--sheet", "Rencontres").out())
                .contains("already imported").contains("0 created, 0 updated, 1 skipped");
        assertThat(ok(cli, "meeting", "list", "--csv").out().lines()).hasSize(2);
    }
}
