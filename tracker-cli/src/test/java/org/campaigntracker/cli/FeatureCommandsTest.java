package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stakeholders, themes and demands, the ledger, press, plan and status, each through picocli on PostgreSQL. */
class FeatureCommandsTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        CafData.load(cli);
    }

    @Test
    void stakeholdersAreAddedEditedShownListedLinkedAndReached() throws Exception {
        ok(cli, "stakeholder", "edit", "grivel", "--stance", "-1", "--notes", "Rencontré en janvier");
        ok(cli, "stakeholder", "contact", "grivel", "email", "nicolas.grivel@example.org", "--primary");
        ok(cli, "stakeholder", "link", "grivel", "works_for", "cnaf", "--since", "01/10/2021");
        JsonNode shown = Json.mapper().readTree(ok(cli, "stakeholder", "show", "GRIVEL", "--json").out());
        assertThat(shown.at("/stakeholder/stance").asInt()).isEqualTo(-1);
        assertThat(shown.at("/contacts/0/value").asText()).isEqualTo("nicolas.grivel@example.org");
        assertThat(shown.at("/relationships/0/type").asText()).isEqualTo("works_for");
        assertThat(ok(cli, "stakeholder", "show", "grivel").out()).contains("directeur général")
                .contains("email nicolas.grivel@example.org").contains("Nicolas Grivel (CNAF) works for CNAF");
        assertThat(ok(cli, "stakeholder", "contact", "grivel", "--csv").out()).contains("email,nicolas.grivel@example.org");

        assertThat(ok(cli, "stakeholder", "list", "--min-power", "4", "--csv").out().lines())
                .hasSize(4).anyMatch(l -> l.contains("Défenseur des droits"));
        assertThat(ok(cli, "stakeholder", "list", "--org", "cnaf", "--csv").out().lines()).hasSize(2);
        assertThat(ok(cli, "--lang", "fr", "stakeholder", "list").out()).contains("organisation").contains("pouvoir");

        CliRun.Result duplicate = cli.run("stakeholder", "add", "Nicolas GRIVEL", "--org", "cnaf");
        assertThat(duplicate.exitCode()).isEqualTo(ExitCode.CONFLICT);
        CliRun.Result badPower = cli.run("stakeholder", "add", "Gilles Jeannot", "--power", "9");
        assertThat(badPower.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badPower.err().lines()).containsExactly("tracker: power must be between 1 and 5");
        CliRun.Result unknownOrg = cli.run("stakeholder", "add", "David Blin", "--org", "ministere");
        assertThat(unknownOrg.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(ok(cli, "stakeholder", "list", "--csv").out().lines()).hasSize(7);
    }

    @Test
    void pressDatedOutsideTheCampaignRangeIsRefusedInOneLineAndNothingIsWritten() throws Exception {
        int before = Json.mapper().readTree(ok(cli, "press", "list", "--json").out()).size();
        for (String day : new String[] {"0001-01-01", "9999-12-31", "31/12/1899"}) {
            CliRun.Result refused = cli.run("press", "add", "Hors du temps", "--outlet", "Le Monde", "--medium",
                    "print", "--on", day);
            assertThat(refused.exitCode()).as(day).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(refused.err().lines()).as(day)
                    .containsExactly("tracker: date must be between 1900-01-01 and 2100-12-31");
        }
        CliRun.Result french = cli.run("--lang", "fr", "press", "list", "--from", "0001-01-01");
        assertThat(french.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(french.err().lines()).containsExactly("tracker: date doit être entre le 1900-01-01 et le 2100-12-31");
        assertThat(Json.mapper().readTree(ok(cli, "press", "list", "--json").out())).hasSize(before);
        ok(cli, "press", "add", "Le dernier jour", "--outlet", "Le Monde", "--medium", "print", "--on", "2100-12-31");
        assertThat(cli.run("press", "report", "--from", "2000-01-01", "--to", "2020-01-01").err())
                .contains("to must be less than 10 years after from");
    }

    @Test
    void anUnknownOrganisationIsCreatedOnlyWhenTheUserAgreesAtTheTerminal() {
        ok(cli.input("o\n"), "--lang", "fr", "stakeholder", "add", "David Blin", "--org", "Ministère des Solidarités");
        assertThat(ok(cli, "stakeholder", "show", "blin").out()).contains("Ministère des Solidarités");
    }

    @Test
    void themesAndDemandsKeepTheirHistory() throws Exception {
        ok(cli, "demand", "edit", "1.2", "--title", "Interdire toute suspension automatique");
        String shown = ok(cli, "demand", "show", "suspension", "--history").out();
        assertThat(shown).contains("Interdire toute suspension automatique").contains("Interdire les suspensions préventives");
        JsonNode json = Json.mapper().readTree(ok(cli, "demand", "show", "1.2", "--history", "--json").out());
        assertThat(json.get("history")).isNotEmpty();
        ok(cli, "theme", "edit", "transparence", "--title", "Restaurer la transparence");
        assertThat(ok(cli, "theme", "show", "2", "--history").out()).contains("2.1 Publier les lettres réseau")
                .contains("Restaurer la transparence, base de la justice");
        assertThat(ok(cli, "theme", "list", "--csv").out().lines()).containsExactly("code,title,retired_on",
                "1,Sortir de l’illégalité des pratiques et des contrôles,", "2,Restaurer la transparence,");
        assertThat(ok(cli, "demand", "list", "--theme", "1", "--csv").out().lines()).hasSize(3);
        assertThat(cli.run("demand", "add", "9", "x").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void positionsCommitmentsPressPlanAndFollowUps() throws Exception {
        ok(cli, "position", "set", "grivel", "1.1", "supportive", "--on", "17/01/2023", "--evidence", "CR du 17/01");
        assertThat(ok(cli, "position", "history", "grivel", "1.1", "--csv").out()).contains("2023-01-17,supportive");
        assertThat(cli.run("position", "set", "grivel", "1.1", "enthusiastic").exitCode()).isEqualTo(ExitCode.USAGE);

        ok(cli, "commitment", "add", "grivel", "Réponse écrite", "--demand", "1.1", "--made-on", "2023-01-17",
                "--due", "2023-02-15");
        JsonNode commitments = Json.mapper().readTree(ok(cli, "commitment", "list", "--json").out());
        String id = commitments.get(0).get("id").asText();
        assertThat(ok(cli, "commitment", "list").out()).contains("yes");
        ok(cli, "commitment", "done", id, "--status", "broken", "--on", "2023-03-01");
        assertThat(ok(cli, "commitment", "list", "--status", "broken", "--csv").out()).contains("broken");

        ok(cli, "press", "add", "Quand des algorithmes notent les allocataires", "--outlet", "France Inter",
                "--medium", "radio", "--on", "10/12/2022", "--url", "https://www.radiofrance.fr/caf", "--demand",
                "lettres", "--quote", "defenseur");
        JsonNode press = Json.mapper().readTree(ok(cli, "press", "list", "--json").out());
        assertThat(press.get(0).get("outlet").asText()).isEqualTo("France Inter");
        assertThat(ok(cli, "press", "show", press.get(0).get("id").asText()).out()).contains("Défenseur des droits");
        assertThat(cli.run("press", "add", "Doublon", "--outlet", "X", "--medium", "web", "--url",
                "https://www.radiofrance.fr/caf").exitCode()).isEqualTo(ExitCode.CONFLICT);

        ok(cli, "milestone", "add", "Dossier de presse", "--on", "2022-09-15");
        ok(cli, "milestone", "add", "Rencontre CNAF", "--days-before", "30", "--depends-on", "1");
        assertThat(ok(cli, "milestone", "list", "--csv").out()).contains("2023-06-01,Rencontre CNAF,planned,1");
        ok(cli, "milestone", "done", "1", "--on", "2022-09-20");
        assertThat(ok(cli, "milestone", "list", "--csv").out()).contains("Dossier de presse,done");

        ok(cli, "followup", "add", "Relancer la CNAF", "--due", "2023-01-31");
        assertThat(ok(cli, "followup", "list", "--csv").out()).contains("Relancer la CNAF,,2023-01-31,,,,,yes");
        ok(cli, "followup", "done", "1");
        assertThat(ok(cli, "followup", "list", "--csv").out().lines()).hasSize(1);
        assertThat(ok(cli, "followup", "list", "--all", "--csv").out()).contains(LocalDate.now().toString());
    }

    @Test
    void statusShowsTheCampaignAtAGlance() throws Exception {
        ok(cli, "position", "set", "grivel", "1.1", "committed_verbally", "--on", "2023-01-17");
        ok(cli, "commitment", "add", "grivel", "Réponse écrite", "--made-on", "2023-01-17", "--due", "2023-02-15");
        ok(cli, "meeting", "log", "--with", "defenseur", "--on", "today", "--summary", "x");
        String status = ok(cli, "status").out();
        assertThat(status).contains("1 Sortir de l’illégalité des pratiques et des contrôles — 2 demands: "
                + "1 committed verbally, 1 unknown")
                .contains("1.2 Interdire les suspensions préventives (unknown)").doesNotContain("committed_verbally")
                .contains("Réponse écrite").contains("CNAF (power 5) — never met")
                .doesNotContain("Défenseur des droits (power");
        JsonNode json = Json.mapper().readTree(ok(cli, "status", "--json", "--days", "30").out());
        assertThat(json.get("unsupported")).hasSize(2);
        assertThat(json.get("overdueCommitments")).hasSize(1);
        assertThat(ok(cli, "--lang", "fr", "status").out()).contains("Engagements en retard (1)")
                .contains("2 revendications\u202F: 1 engagement oral, 1 sans position connue").contains("(inconnue)");
        assertThat(cli.run("status", "--days", "0").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }
}
