package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
    }

    @Test
    void createListAndShowCampaigns() throws Exception {
        CliRun.Result created = cli.run("campaign", "create", "caf-2023", "--name", "Remettre l’humain au cœur des CAF",
                "--deadline", "01/07/2023", "--deadline-label", "Signature de la COG");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Campaign caf-2023 created");

        CliRun.Result table = cli.run("campaign", "list");
        assertThat(table.exitCode()).isZero();
        assertThat(table.out()).contains("caf-2023").contains("2023-07-01").contains("Remettre l’humain");

        CliRun.Result json = cli.run("campaign", "list", "--json");
        JsonNode list = Json.mapper().readTree(json.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("slug").asText()).isEqualTo("caf-2023");
        assertThat(list.get(0).get("deadline").asText()).isEqualTo("2023-07-01");

        CliRun.Result csv = cli.run("campaign", "list", "--csv");
        assertThat(csv.out().lines()).containsExactly("slug,name,deadline,language",
                "caf-2023,Remettre l’humain au cœur des CAF,2023-07-01,fr");
    }

    @Test
    void theOnlyCampaignOrTheOneInUseIsTheCurrentOne() {
        cli.run("campaign", "create", "caf", "--name", "CAF");
        assertThat(cli.run("campaign", "show").out()).contains("caf");
        cli.run("campaign", "create", "france-travail", "--name", "France Travail");

        CliRun.Result ambiguous = cli.run("campaign", "show");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ambiguous.err().strip()).isEqualTo(
                "tracker: several campaigns exist; choose one with --campaign <slug> or tracker campaign use <slug>");

        assertThat(cli.run("campaign", "use", "france-travail").exitCode()).isZero();
        assertThat(cli.run("campaign", "show", "--json").out()).contains("\"slug\" : \"france-travail\"");
        assertThat(cli.run("campaign", "show", "--campaign", "caf", "--json").out()).contains("\"slug\" : \"caf\"");
    }

    @Test
    void badInputIsOneLineWithItsExitCodeAndWritesNothing() {
        CliRun.Result badDate = cli.run("campaign", "create", "caf", "--name", "CAF", "--deadline", "31/02/2023");
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badDate.err().lines()).containsExactly(
                "tracker: date: “31/02/2023” is not a date; write 2023-01-17 or 17/01/2023");

        CliRun.Result badSlug = cli.run("campaign", "create", "Not A Slug", "--name", "CAF");
        assertThat(badSlug.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badSlug.err().lines()).hasSize(1).first().asString().contains("slug has the wrong format");

        CliRun.Result missing = cli.run("campaign", "create", "caf");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("Missing required option: '--name=<name>'");

        assertThat(cli.run("campaign", "list", "--csv").out().lines()).hasSize(1);

        CliRun.Result unknown = cli.run("campaign", "show", "caf");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void speaksFrenchFromLangOrTheOption() {
        cli.run("campaign", "create", "caf", "--name", "CAF");
        CliRun.Result fromLang = new CliRun(TestPostgres.freshDatabase(), home.toString()).env("LANG", "fr_FR.UTF-8")
                .run("campaign", "show", "inconnue");
        assertThat(fromLang.err().strip()).isEqualTo("tracker: aucun(e) campagne ne correspond à « inconnue »");

        CliRun.Result duplicate = cli.run("--lang", "fr", "campaign", "create", "caf", "--name", "CAF");
        assertThat(duplicate.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(duplicate.err().strip()).isEqualTo("tracker: une campagne « caf » existe déjà");

        CliRun.Result help = cli.run("campaign", "create", "--help", "--lang", "fr");
        assertThat(help.out()).contains("Créer une campagne.").contains("Exemple");
    }

    @Test
    void anUnreachableDatabaseIsOneClearLine() {
        CliRun.Result down = new CliRun(new org.campaigntracker.db.ConnectionSettings(
                "jdbc:postgresql://127.0.0.1:1/tracker", "tracker", "x"), home.toString()).run("campaign", "list");
        assertThat(down.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(down.err().lines()).hasSize(1).first().asString()
                .startsWith("tracker: the database is unavailable: cannot connect to the database at jdbc:postgresql://127.0.0.1:1/tracker");
    }
}
