package org.campaigntracker.cli.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Planned meetings, the agenda and double asks, partners' contributions and their rejection, from the terminal, on
 * the demo campaign (where ATD Quart Monde planned to meet David Blin ten days after the coalition did).
 */
class AgendaCommandTest {

    private static final LocalDate IN_20_DAYS = LocalDate.now().plusDays(20);

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void demo() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        assertThat(cli.run("demo", "--no-serve").exitCode()).isZero();
    }

    private static JsonNode json(CliRun.Result r) throws Exception {
        return Json.mapper().readTree(r.out());
    }

    private static long id(CliRun.Result logged) {
        return Long.parseLong(logged.out().replaceAll("(?s).*#(\\d+).*", "$1"));
    }

    @Test
    void theAgendaShowsWhoGoesAndTheDoubleAskInBothLanguages() {
        String csv = ok(cli, "agenda", "--from", "01/10/2023", "--days", "30", "--csv").out();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("id,date,kind,title,with,goes,demands,double_ask");
        assertThat(csv).contains("Rencontre prévue au cabinet de la ministre des Solidarités")
                .contains("ATD Quart Monde").contains("the coalition 2023-10-10");

        String french = ok(cli, "--lang", "fr", "agenda", "--from", "01/10/2023", "--days", "30", "--csv").out();
        assertThat(french).contains("ATD Quart Monde").contains("date passée : tenue ?; la coalition 10/10/2023");
        assertThat(ok(cli, "--lang", "fr", "agenda", "--from", "01/10/2023", "--days", "30").out())
                .contains("qui y va").contains("20/10/2023");

        assertThat(ok(cli, "agenda", "--from", "01/01/2024", "--days", "10").out())
                .isEqualTo("No meeting planned from 2024-01-01 to 2024-01-11.\n");
        CliRun.Result both = cli.run("agenda", "--to", "01/01/2024", "--days", "3");
        assertThat(both.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(both.err().lines()).hasSize(1);
    }

    @Test
    void aPlanIsLoggedByTheCurrentMemberWarnsOfADoubleAskAndBecomesHeldOrCancelled() throws Exception {
        ok(cli, "member", "use", "valérie");
        CliRun.Result planned = ok(cli, "meeting", "plan", "--with", "grivel", "--on", IN_20_DAYS.toString(),
                "--demand", "1.1", "--yes");
        assertThat(planned.out()).startsWith("Planned meeting #");
        assertThat(planned.err()).isEmpty();
        long ours = id(planned);
        JsonNode shown = json(ok(cli, "meeting", "show", String.valueOf(ours), "--json"));
        assertThat(shown.get("status").asText()).isEqualTo("PLANNED");
        assertThat(ok(cli, "meeting", "show", String.valueOf(ours)).out()).contains("Valérie")
                .contains("planned").contains("the coalition");

        CliRun.Result theirs = ok(cli, "meeting", "plan", "--with", "grivel", "--on",
                IN_20_DAYS.plusDays(3).toString(), "--org", "secours", "--yes");
        assertThat(theirs.err()).contains("Double ask? the coalition will meet Nicolas Grivel (CNAF) on "
                + IN_20_DAYS + ", 3 day(s) from this one (interaction #" + ours + ")");
        long secours = id(theirs);
        String agenda = ok(cli, "agenda", "--csv").out();
        assertThat(agenda).contains("Secours catholique").contains("the coalition " + IN_20_DAYS);

        // An edit of the notes keeps the plan a plan and the organisation its own.
        ok(cli, "meeting", "edit", String.valueOf(secours), "--title", "Rendez-vous du Secours catholique");
        JsonNode edited = json(ok(cli, "meeting", "show", String.valueOf(secours), "--json"));
        assertThat(edited.get("status").asText()).isEqualTo("PLANNED");
        assertThat(edited.get("organisationId").isNull()).isFalse();

        assertThat(ok(cli, "meeting", "held", String.valueOf(ours), "--summary", "Écoute attentive").out())
                .contains("held on " + LocalDate.now());
        ok(cli, "meeting", "cancel", String.valueOf(secours));
        assertThat(ok(cli, "agenda", "--csv").out().lines()).as("nothing left planned").hasSize(1);
        assertThat(ok(cli, "meeting", "list", "--status", "cancelled", "--csv").out()).contains(",cancelled,");

        CliRun.Result again = cli.run("meeting", "cancel", String.valueOf(ours));
        assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(again.err()).isEqualTo("tracker: a held interaction cannot become cancelled\n");
        assertThat(cli.run("--lang", "fr", "meeting", "cancel", String.valueOf(ours)).err())
                .isEqualTo("tracker: une interaction tenue ne peut pas devenir annulée\n");
    }

    @Test
    void aPartnersContributionIsRejectedWithAReasonAndReinstated() throws Exception {
        JsonNode contributed = json(ok(cli, "meeting", "list", "--contributed", "--json"));
        assertThat(contributed).hasSize(2);
        long secours = 0;
        for (JsonNode i : contributed) {
            if (i.get("title").asText().contains("médiateur")) {
                secours = i.get("id").asLong();
            }
        }
        assertThat(ok(cli, "meeting", "show", String.valueOf(secours)).out()).contains("Secours catholique");

        assertThat(ok(cli, "meeting", "reject", String.valueOf(secours), "--reason", "Déjà consigné").out())
                .contains("from Secours catholique rejected");
        assertThat(ok(cli, "meeting", "list", "--csv").out()).doesNotContain("médiateur");
        assertThat(ok(cli, "meeting", "list", "--rejected", "--csv").out()).contains("médiateur");
        assertThat(ok(cli, "meeting", "show", String.valueOf(secours)).out()).contains("Déjà consigné");

        ok(cli, "meeting", "reinstate", String.valueOf(secours));
        assertThat(ok(cli, "meeting", "list", "--csv").out()).contains("médiateur");

        long coalitions = json(ok(cli, "meeting", "list", "--with", "grivel", "--json")).get(0).get("id").asLong();
        CliRun.Result notAContribution = cli.run("meeting", "reject", String.valueOf(coalitions));
        assertThat(notAContribution.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(notAContribution.err().lines()).hasSize(1);
    }

    @Test
    void aMeetingLoggedForAPartnerOrganisationIsTheirsButNotAContributionToReview() throws Exception {
        CliRun.Result logged = ok(cli, "meeting", "log", "--with", "grivel", "--org", "fondation abbe", "--on",
                "05/02/2023", "--summary", "Rencontre de la Fondation", "--yes");
        long id = id(logged);
        assertThat(ok(cli, "meeting", "list", "--organisation", "abbé pierre", "--csv").out())
                .contains("Fondation Abbé Pierre").contains(",held,");
        assertThat(json(ok(cli, "meeting", "show", String.valueOf(id), "--json")).get("loggedByOrganisationId").isNull())
                .as("logged by the coalition for them: not a contribution to review").isTrue();
        CliRun.Result stale = cli.run("meeting", "edit", "999999", "--title", "x");
        assertThat(stale.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void badInputIsOneLineAndWritesNothing() throws Exception {
        int before = json(ok(cli, "meeting", "list", "--json", "--limit", "500")).size();
        CliRun.Result noDate = cli.run("meeting", "plan", "--with", "grivel", "--yes");
        assertThat(noDate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noDate.err()).isEqualTo("tracker: on is required\n");
        CliRun.Result past = cli.run("meeting", "plan", "--with", "grivel", "--on", "17/01/2023", "--yes");
        assertThat(past.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(past.err()).isEqualTo("tracker: on: 2023-01-17 has passed; to record a meeting that took place,"
                + " use tracker meeting log\n");
        CliRun.Result person = cli.run("meeting", "log", "--with", "grivel", "--org", "grivel", "--summary", "x",
                "--yes");
        assertThat(person.exitCode()).isNotZero();
        assertThat(person.err().lines()).hasSize(1);
        CliRun.Result heldInFuture = cli.run("meeting", "held", "1", "--on", IN_20_DAYS.toString());
        assertThat(heldInFuture.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(cli.run("meeting", "list", "--status", "finished").exitCode()).isNotZero();
        assertThat(json(ok(cli, "meeting", "list", "--json", "--limit", "500"))).hasSize(before);

        CliRun.Result window = cli.run("campaign", "edit", "--double-ask-days", "120");
        assertThat(window.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(cli.run("--lang", "fr", "campaign", "edit", "--double-ask-days", "120").err())
                .isEqualTo("tracker: fenêtre de double sollicitation doit être entre 0 et 90\n");
        ok(cli, "campaign", "edit", "--double-ask-days", "30");
        assertThat(ok(cli, "campaign", "show").out()).contains("30");
        ok(cli, "campaign", "edit", "--name", "CAF (renommée)");
        assertThat(json(ok(cli, "campaign", "show", "--json")).get("doubleAskDays").asInt())
                .as("another edit keeps the window").isEqualTo(30);
    }
}
