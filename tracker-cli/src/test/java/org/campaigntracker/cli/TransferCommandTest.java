package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
    }

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameFile() throws Exception {
        CafData.load(cli);
        ok(cli, "stakeholder", "contact", "grivel", "email", "n.grivel@example.org");
        ok(cli, "stakeholder", "link", "grivel", "works_for", "cnaf");
        ok(cli, "meeting", "log", "--with", "grivel", "defenseur", "--on", "17/01/2023", "--summary", "COG",
                "--demand", "1.1");
        ok(cli, "position", "set", "grivel", "1.1", "committed_verbally", "--meeting", "1");
        ok(cli, "commitment", "add", "grivel", "Réponse écrite", "--meeting", "1", "--due", "2023-02-15");
        ok(cli, "commitment", "done", "1", "--status", "kept", "--on", "2023-02-10");
        ok(cli, "press", "add", "La CAF ne répond pas", "--outlet", "France 2", "--medium", "tv", "--on",
                "2022-12-05", "--demand", "1.2");
        ok(cli, "milestone", "add", "COG", "--on", "2023-07-01");
        ok(cli, "milestone", "add", "Rendez-vous CNAF", "--days-before", "150", "--depends-on", "1");
        ok(cli, "followup", "add", "Relancer", "--due", "2023-01-31", "--meeting", "1");
        Path first = home.resolve("first.json");
        ok(cli, "export", first.toString());

        CliRun other = new CliRun(TestPostgres.freshDatabase(), home.resolve("other").toString());
        ok(other, "import", first.toString());
        Path second = home.resolve("second.json");
        ok(other, "export", second.toString());
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(first)).contains("\"slug\" : \"caf-2023\"").doesNotContain("n.grivel@example.org")
                .contains("\"value\" : \"ct1:");

        CliRun.Result again = other.run("import", first.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(again.err().lines()).hasSize(1);
    }

    @Test
    void theReferenceCampaignWithTestimoniesTrainingsAndHistoriesComesBackByteForByte() throws Exception {
        ok(cli, "demo", "--no-serve");
        ok(cli, "theme", "edit", "2", "--title", "Humaniser les relations, favoriser la médiation");
        ok(cli, "demand", "edit", "1.1", "--title", "Interdire toute suspension préventive");
        ok(cli, "demand", "edit", "1.1", "--title", "Interdire les suspensions préventives des droits");
        ok(cli, "stakeholder", "edit", "grivel", "--stance", "1");
        Path first = home.resolve("caf.json");
        ok(cli, "export", first.toString());
        String text = Files.readString(first);
        assertThat(text).contains("\"format\" : 2", "\"testimonies\" : [", "\"pseudonym\" : \"Isabelle\"",
                "\"trainings\" : [", "\"withdrawnOn\" : \"2022-12-01\"", "Interdire toute suspension préventive",
                "\"story\" : \"ct1:");
        // Stories, identities and contacts are sealed, as in the database.
        assertThat(text).doesNotContain("Isabelle Morel", "Valentin Girard", "karim.benali@example.org",
                "+33 6 00 00 00 17", "27 mois");

        CliRun other = new CliRun(TestPostgres.freshDatabase(), home.resolve("other").toString());
        CliRun.Result imported = ok(other, "import", first.toString());
        assertThat(imported.out()).startsWith("Imported campaign caf-cog-2023");
        Path second = home.resolve("caf-again.json");
        ok(other, "--campaign", "caf-cog-2023", "export", second.toString());
        assertThat(Files.readString(second)).isEqualTo(text);
        assertThat(ok(other, "--campaign", "caf-cog-2023", "testimony", "identity", "show", "isabelle").out())
                .contains("Isabelle Morel");
        assertThat(ok(other, "--campaign", "caf-cog-2023", "demand", "show", "1.1", "--history").out())
                .contains("Interdire toute suspension préventive");
    }

    @Test
    void withoutTheDataKeyTheImportExitsSevenAndWritesNothing() throws Exception {
        ok(cli, "demo", "--no-serve");
        Path file = home.resolve("caf.json");
        ok(cli, "export", file.toString());
        CliRun elsewhere = new CliRun(TestPostgres.freshDatabase(), home.resolve("elsewhere").toString())
                .env("TRACKER_DATA_KEY", "ERERERERERERERERERERERERERERERERERERERERERE=");
        CliRun.Result refused = elsewhere.run("import", file.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.DATA_KEY).isEqualTo(7);
        assertThat(refused.err().lines()).singleElement().asString()
                .startsWith("tracker: the file’s personal data is sealed with data key ")
                .endsWith("Nothing was imported");
        assertThat(ok(elsewhere, "campaign", "list", "--csv").out().lines()).hasSize(1);
    }

    @Test
    void aBadEntryIsNamedAndAnOlderFormatStillImports() throws Exception {
        ok(cli, "campaign", "create", "caf", "--name", "CAF");
        ok(cli, "training", "add", "Prise de parole", "--on", "10/01/2023");
        Path file = home.resolve("caf.json");
        ok(cli, "export", file.toString());
        Path broken = write(Files.readString(file).replace("\"heldOn\" : \"2023-01-10\"", "\"heldOn\" : null"));
        CliRun other = new CliRun(TestPostgres.freshDatabase(), home.resolve("other").toString());
        CliRun.Result bad = other.run("--lang", "fr", "import", broken.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err().lines()).singleElement().asString()
                .startsWith("tracker: trainings n° 1 : ").endsWith("rien n’a été importé");
        assertThat(ok(other, "campaign", "list", "--csv").out().lines()).hasSize(1);

        Path future = write(Files.readString(file).replace("\"format\" : 2", "\"format\" : 3")
                .replace("\"trainings\" :", "\"surveys\" : [], \"trainings\" :"));
        CliRun.Result newer = other.run("import", future.toString());
        assertThat(newer.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(newer.err().lines()).singleElement().asString()
                .startsWith("tracker: this file is in format 3, which this version of the tracker cannot read");

        Path v1 = write("{\"format\": 1, \"campaign\": {\"slug\": \"ancien\", \"name\": \"Format 1\","
                + " \"language\": \"fr\"}, \"stakeholders\": [{\"kind\": \"person\", \"name\": \"Claire Hédon\","
                + " \"category\": \"intermediate_target\", \"power\": 4, \"stance\": 1, \"contacts\":"
                + " [{\"kind\": \"email\", \"value\": \"c.hedon@example.org\", \"primary\": true}]}]}");
        ok(other, "import", v1.toString());
        assertThat(ok(other, "--campaign", "ancien", "stakeholder", "show", "hedon").out())
                .contains("c.hedon@example.org");
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(home, "import", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
