package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaign intelligence on the demo data: ledger, plan, coverage, trainings, resource document, HATVP export. */
class IntelligenceCommandsTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void demo() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        assertThat(cli.run("demo", "--no-serve").exitCode()).isZero();
    }

    @Test
    void theLedgerShowsTheMatrixBacktracksRollupsAndTimeline() throws Exception {
        ok(cli, "position", "set", "grivel", "3.2", "hesitant", "--on", "01/03/2023");
        String matrix = ok(cli, "demand", "ledger").out();
        assertThat(matrix).contains("Nicolas Grivel").contains("↩ hesitant")
                .contains("1 demand with a backtrack").contains("Per theme");
        assertThat(ok(cli, "--lang", "fr", "demand", "ledger").out()).contains("↩ hésitant").contains("Par thème");
        String timeline = ok(cli, "demand", "ledger", "--timeline", "--csv").out();
        assertThat(timeline.lines().findFirst().orElseThrow()).isEqualTo("date,demand,target,from,to,backtrack,evidence");
        assertThat(timeline).contains("2023-03-01,3.2,Nicolas Grivel (CNAF),committed_verbally,hesitant,yes");
        JsonNode json = Json.mapper().readTree(ok(cli, "demand", "ledger", "--json").out());
        assertThat(json.get("rows")).isNotEmpty();
        assertThat(json.get("themes")).isNotEmpty();
        assertThat(ok(cli, "demand", "ledger", "--csv").out()).contains("3.2,3,hesitant,Nicolas Grivel (CNAF),hesitant");
    }

    @Test
    void statusShowsOverdueCommitmentsAndTheLobbyingThreshold() throws Exception {
        String status = ok(cli, "status").out();
        assertThat(status).contains("Étudier la publication des lettres réseau").contains("Lobbying register (HATVP)");
        assertThat(ok(cli, "--lang", "fr", "status").out()).contains("Répertoire des représentants d’intérêts");
        String id = Json.mapper().readTree(ok(cli, "commitment", "list", "--json").out()).at("/0/id").asText();
        ok(cli, "commitment", "confirm", id, "--received", "--on", "15/03/2023");
        assertThat(ok(cli, "commitment", "list", "--csv").out()).contains("2023-01-24,2023-03-15");
    }

    @Test
    void thePlanFollowsTheDeadline() throws Exception {
        assertThat(ok(cli, "plan").out()).contains("Retro-plan of").contains("Signature de la COG").contains("late");
        ok(cli, "campaign", "edit", "--deadline", "01/09/2023");
        JsonNode plan = Json.mapper().readTree(ok(cli, "plan", "--on", "01/01/2023", "--json").out());
        JsonNode signature = null;
        for (JsonNode e : plan) {
            if (e.at("/milestone/title").asText().equals("Signature de la COG")) {
                signature = e;
            }
        }
        assertThat(signature).isNotNull();
        assertThat(signature.get("effectiveDate").asText()).isEqualTo("2023-09-01");
    }

    @Test
    void pressReportTrainingsAndTheResourceDocument() throws Exception {
        String report = ok(cli, "press", "report", "--csv").out();
        assertThat(report.lines().findFirst().orElseThrow())
                .isEqualTo("scope,code,title,items,reach,over_time,outlets,tone,quoted");
        assertThat(report).contains("Changer de Cap 3");
        assertThat(ok(cli, "press", "report").out()).contains("█").contains("reach unknown");

        String added = ok(cli, "training", "add", "Prise de parole", "--on", "10/01/2023", "--topic",
                "prise de parole", "--attendee", "valérie").out();
        String id = added.replaceAll("(?s)^Training #(\\d+) recorded.*", "$1");
        ok(cli, "training", "attend", id, "didier");
        assertThat(ok(cli, "training", "list", "--csv").out()).contains("Prise de parole").contains("Didier Minot");
        assertThat(cli.run("training", "attend", "99", "didier").exitCode()).isEqualTo(ExitCode.NOT_FOUND);

        Path file = home.resolve("ressource.html");
        ok(cli, "doc", "resource", "--format", "html", "--out", file.toString(), "--on", "01/03/2023");
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>").contains("Isabelle")
                .doesNotContain("Valentin").doesNotContain("16 000");
    }

    @Test
    void theHatvpExportHasTheYearsActionsAndNoNames() throws Exception {
        String csv = ok(cli, "--lang", "fr", "export", "hatvp", "--year", "2023", "--format", "csv").out();
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("2023-01-17,Organiser des discussions informelles ou des réunions en tête-à-tête")
                .contains("Envoyer des pétitions")
                .doesNotContain("Grivel").doesNotContain("Blin").doesNotContain("Bergé");
        JsonNode json = Json.mapper().readTree(ok(cli, "export", "hatvp", "--year", "2023").out());
        assertThat(json.get("actionCount").asInt()).isEqualTo(3);
        assertThat(json.at("/officialsTargeted/0/code").asText()).isEqualTo("government");

        CliRun.Result badFormat = cli.run("export", "hatvp", "--year", "2023", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badFormat.err().lines()).containsExactly("tracker: format must be one of: json, csv");
        assertThat(cli.run("export").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
