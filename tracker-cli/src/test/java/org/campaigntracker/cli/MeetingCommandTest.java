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

class MeetingCommandTest {

    @TempDir
    Path home;

    private org.campaigntracker.db.ConnectionSettings db;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        db = TestPostgres.freshDatabase();
        cli = new CliRun(db, home.toString());
        CafData.load(cli);
    }

    @Test
    void logsAMeetingWithPartialUnaccentedNamesAndDemandCodes() throws Exception {
        CliRun.Result logged = ok(cli, "meeting", "log", "--with", "grivel", "--with", "defenseur", "--on",
                "17/01/2023", "--summary", "COG : cinq exigences présentées", "--demand", "1.2", "--demand",
                "lettres reseau", "--outcome", "Réponse écrite demandée", "--yes");
        assertThat(logged.out()).contains("Logged meeting #").contains("2023-01-17")
                .contains("Nicolas Grivel (CNAF), Défenseur des droits");

        JsonNode list = Json.mapper().readTree(ok(cli, "meeting", "list", "--json").out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("occurredOn").asText()).isEqualTo("2023-01-17");
        assertThat(list.get(0).get("title").asText()).isEqualTo("Meeting with Nicolas Grivel (CNAF), Défenseur des droits");
        assertThat(list.get(0).get("demandIds")).hasSize(2);

        String csv = ok(cli, "meeting", "list", "--csv").out();
        assertThat(csv.lines().findFirst()).contains("id,date,kind,title,with,demands,status,organisation");
        assertThat(csv).contains("2023-01-17,meeting").contains("\"1.2, 2.1\"");

        long id = list.get(0).get("id").asLong();
        assertThat(ok(cli, "meeting", "show", Long.toString(id)).out()).contains("COG : cinq exigences présentées")
                .contains("Réponse écrite demandée");
        ok(cli, "meeting", "edit", Long.toString(id), "--outcome", "Engagement oral", "--with", "grivel");
        JsonNode shown = Json.mapper().readTree(ok(cli, "interaction", "show", Long.toString(id), "--json").out());
        assertThat(shown.get("outcome").asText()).isEqualTo("Engagement oral");
        assertThat(shown.get("participantIds")).hasSize(1);
        assertThat(ok(cli, "meeting", "list", "--with", "defenseur", "--csv").out().lines()).hasSize(1);
    }

    @Test
    void dateDefaultsToTodayAndOtherKindsGetTheirTitle() {
        ok(cli, "interaction", "log", "--kind", "letter_sent", "--with", "cnaf", "--summary", "Demande de confirmation");
        String table = ok(cli, "meeting", "list").out();
        assertThat(table).contains(LocalDate.now().toString()).contains("letter sent").contains("Letter to CNAF");
        assertThat(ok(cli, "meeting", "list", "--csv").out()).contains(",letter_sent,");
    }

    @Test
    void badInputIsOneLineWithItsExitCodeAndWritesNothing() {
        CliRun.Result badDate = cli.run("meeting", "log", "--with", "grivel", "--on", "32/01/2023", "--summary", "x");
        assertThat(badDate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badDate.err().lines()).containsExactly(
                "tracker: date: “32/01/2023” is not a date; write 2023-01-17 or 17/01/2023");

        CliRun.Result unknown = cli.run("meeting", "log", "--with", "grivle", "--summary", "x");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err().lines()).containsExactly(
                "tracker: no stakeholder matches “grivle”; did you mean: Nicolas Grivel (CNAF)?");

        CliRun.Result ambiguous = cli.run("meeting", "log", "--with", "gr", "--summary", "x");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(ambiguous.err().lines()).hasSize(1).first().asString()
                .contains("“gr” matches several").contains("Carole Grandjean").contains("Nicolas Grivel (CNAF)");

        CliRun.Result noSummary = cli.run("meeting", "log", "--with", "grivel");
        assertThat(noSummary.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noSummary.err().lines()).containsExactly("tracker: summary is required");

        CliRun.Result noOne = cli.run("meeting", "log", "--summary", "x", "--yes");
        assertThat(noOne.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noOne.err().lines()).containsExactly("tracker: with is required for kind meeting");

        CliRun.Result unknownDemand = cli.run("meeting", "log", "--with", "grivel", "--summary", "x", "--demand", "9.9");
        assertThat(unknownDemand.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknownDemand.err().lines()).hasSize(1);

        assertThat(ok(cli, "meeting", "list", "--csv").out().lines()).hasSize(1);
    }

    @Test
    void aNameCloseToOneAsksDidYouMeanOnATerminalInsteadOfExiting() {
        CliRun.Result yes = cli.input("\n").run("stakeholder", "show", "grivl");
        assertThat(yes.exitCode()).as(yes.err()).isZero();
        assertThat(yes.out()).contains("Did you mean Nicolas Grivel (CNAF)? [Y/n]").contains("directeur général");
        CliRun.Result logged = cli.input("o\n").run("--lang", "fr", "meeting", "log", "--with", "grivl", "--summary",
                "Échange", "--on", "17/01/2023");
        assertThat(logged.out()).contains("Vouliez-vous dire Nicolas Grivel (CNAF)\u00a0? [O/n]");
        CliRun.Result no = cli.input("n\n").run("stakeholder", "show", "grivl");
        assertThat(no.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(no.err().lines()).containsExactly(
                "tracker: no stakeholder matches “grivl”; did you mean: Nicolas Grivel (CNAF)?");
        // Without a terminal nothing is asked: the one-line error, as before.
        CliRun.Result script = new CliRun(db, home.toString()).run("stakeholder", "show", "grivl");
        assertThat(script.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(script.out()).isEmpty();
    }

    @Test
    void withYesAnAnsweringTerminalIsNeverAsked() {
        CliRun.Result r = cli.input("1\n").run("meeting", "log", "--with", "gr", "--summary", "x", "--yes");
        assertThat(r.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(r.out()).doesNotContain("Number");
    }

    @Test
    void aWrongDateAtThePromptIsAskedAgainWithoutLosingWhatWasTyped() throws Exception {
        // who, then a date that does not exist, then a good one; the summary, save, no debrief
        String answers = String.join("\n", "grivel", "31/02/2023", "17/01/2023", "Échange sur les suspensions", "",
                "n") + "\n";
        CliRun.Result r = cli.input(answers).run("--lang", "fr", "meeting", "log");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("« 31/02/2023 » n’est pas une date").contains("Consigné : rencontre n° 1 le 17/01/2023");

        String plan = String.join("\n", "grivel", "17/01/2023", LocalDate.now().plusDays(3).toString(), "") + "\n";
        CliRun.Result planned = cli.input(plan).run("meeting", "plan");
        assertThat(planned.exitCode()).as(planned.err()).isZero();
        assertThat(planned.out()).contains("2023-01-17 has passed").contains("Planned meeting #2");
        assertThat(cli.input("grivel\nx\ny\nz\n").run("meeting", "plan").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void onATerminalAsksWhatIsMissingShowsTheRecordAndDebriefs() throws Exception {
        // pick Nicolas Grivel among "gr", a French date, summary typed, save, debrief: position + one commitment
        String answers = String.join("\n", "2", "17/01/2023", "Échange sur les suspensions", "", "o",
                "engagement orl", "Engagement oral", "Envoyer une réponse écrite", "15/02/2023", "", "") + "\n";
        CliRun.Result r = cli.input(answers).run("--lang", "fr", "meeting", "log", "--with", "gr", "--demand", "1.2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("1) Carole Grandjean").contains("2) Nicolas Grivel (CNAF)")
                .contains("À enregistrer :").contains("« engagement orl » n’est pas une position")
                .contains("Position enregistrée : Nicolas Grivel (CNAF) sur 1.2 : engagement oral")
                .contains("Engagement enregistré");

        JsonNode commitments = Json.mapper().readTree(ok(cli, "commitment", "list", "--json").out());
        assertThat(commitments).hasSize(1);
        assertThat(commitments.get(0).get("dueOn").asText()).isEqualTo("2023-02-15");
        assertThat(commitments.get(0).get("interactionId").isNull()).isFalse();
        assertThat(ok(cli, "position", "history", "grivel", "1.2").out()).contains("committed verbally");
        assertThat(ok(cli, "position", "history", "grivel", "1.2", "--csv").out()).contains("committed_verbally");
    }

    @Test
    void declinedSummaryWritesNothingAndClosedInputCancels() {
        CliRun.Result declined = cli.input("\nx\nn\n").run("meeting", "log", "--with", "grivel");
        assertThat(declined.exitCode()).isZero();
        assertThat(declined.out()).contains("Not saved.");

        CliRun.Result closed = cli.input("").run("meeting", "log", "--with", "grivel");
        assertThat(closed.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(closed.err().lines()).containsExactly("tracker: cancelled; nothing was saved");
        assertThat(ok(cli, "meeting", "list", "--csv").out().lines()).hasSize(1);
    }

    @Test
    void speaksFrenchWithFrenchDates() {
        CliRun fr = cli.env("LANG", "fr_FR.UTF-8");
        ok(fr, "meeting", "log", "--with", "grivel", "--on", "2023-01-17", "--summary", "x", "--yes");
        assertThat(ok(fr, "meeting", "list").out()).contains("17/01/2023").contains("avec")
                .contains("Rencontre avec Nicolas Grivel (CNAF)");
        CliRun.Result unknown = fr.run("meeting", "log", "--with", "personne", "--summary", "x");
        assertThat(unknown.err().lines()).hasSize(1).first().asString().startsWith("tracker: aucun(e) partie prenante");
    }
}
