package org.campaigntracker.cli.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.cli.CafData;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker meeting import} on the reference campaign's invitation and the CNAF's confirmation e-mail. */
class MeetingImportCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        CafData.load(cli);
        ok(cli, "stakeholder", "contact", "grivel", "email", "nicolas.grivel@cnaf.fr");
        ok(cli, "stakeholder", "add", "David Blin", "--function", "directeur adjoint de cabinet");
        ok(cli, "member", "add", "Valérie", "--kind", "coordinator");
        ok(cli, "member", "add", "Didier Minot", "--kind", "coordinator");
    }

    private String file(String name) throws IOException {
        Path to = home.resolve(name);
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Files.copy(in, to);
        }
        return to.toString();
    }

    @Test
    void aDryRunShowsTheTableAndWritesNothing() throws IOException {
        // Wide enough that no cell is cut.
        CliRun.Result dry = ok(cli.env("COLUMNS", "400"), "meeting", "import", file("cnaf-meetings.ics"),
                file("cnaf-confirmation.eml"), "--dry-run");

        assertThat(dry.out()).contains("date", "kind", "title", "with", "not matched", "status")
                .contains("2023-01-17", "Rencontre avec le directeur général de la CNAF",
                        "Nicolas Grivel (CNAF), Valérie (ours), Didier Minot (ours)")
                .contains("written response", "Confirmation de la réunion du 17 janvier à la CNAF")
                .contains("Marie Dupont (Secours catholique) <m.dupont@secours-catholique.org>")
                .contains("Dry run: 3 interaction(s) would be logged from 2 file(s); 0 already imported; 0 would not"
                        + " be logged. Nothing was written.");
        assertThat(Json.mapper().readTree(ok(cli, "meeting", "list", "--json").out())).isEmpty();
    }

    @Test
    void withoutATerminalTheUnmatchedAreListedAndTheRestIsLoggedOnce() throws IOException {
        String ics = file("cnaf-meetings.ics");
        CliRun.Result first = ok(cli, "meeting", "import", ics, "--yes");
        assertThat(first.out()).contains("logged #")
                .contains("Not matched, not added: Marie Dupont (Secours catholique) <m.dupont@secours-catholique.org>")
                .contains("Logged 2 interaction(s) from 1 file(s); 0 already imported; 0 not logged");

        CliRun.Result second = ok(cli, "meeting", "import", ics, "--yes");
        assertThat(second.out()).contains("already imported").doesNotContain("Not matched")
                .contains("Logged 0 interaction(s) from 1 file(s); 2 already imported");
        JsonNode list = Json.mapper().readTree(ok(cli, "meeting", "list", "--json").out());
        assertThat(list).hasSize(2);
        assertThat(list.get(1).get("place").asText()).isEqualTo("CNAF, 32 avenue de la Sibelle, Paris");
    }

    @Test
    void importedMeetingsAreLoggedByTheMemberWhoImportedThem() throws IOException {
        ok(cli, "member", "use", "didier");
        ok(cli, "meeting", "import", file("cnaf-meetings.ics"), "--yes");
        JsonNode list = Json.mapper().readTree(ok(cli, "meeting", "list", "--json").out());
        long didier = Json.mapper().readTree(ok(cli, "member", "show", "didier", "--json").out()).get("id").asLong();
        assertThat(list).isNotEmpty().allSatisfy(i -> assertThat(i.get("loggedByMemberId").asLong()).isEqualTo(didier));
    }

    @Test
    void onATerminalEachUnmatchedPersonIsOfferedAsAStakeholder() throws IOException {
        CliRun.Result imported = cli.input("\n").run("meeting", "import", file("cnaf-meetings.ics"));

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Add Marie Dupont (Secours catholique) <m.dupont@secours-catholique.org>"
                + " as a stakeholder? [Y/n]").doesNotContain("Not matched");
        assertThat(ok(cli, "stakeholder", "contact", "marie dupont", "--csv").out())
                .contains("email,m.dupont@secours-catholique.org");
    }

    @Test
    void aBrokenFileIsNamedWithItsLineAndNothingOfTheOthersIsWritten() throws IOException {
        CliRun.Result broken = cli.run("meeting", "import", file("cnaf-meetings.ics"), file("broken.ics"), "--yes");

        assertThat(broken.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(broken.err().lines()).containsExactly("tracker: broken.ics, line 10: not a readable calendar "
                + "(RFC 5545): Expected [VEVENT], read [VCALENDAR]; nothing was imported");
        assertThat(Json.mapper().readTree(ok(cli, "meeting", "list", "--json").out())).isEmpty();

        Path text = Files.writeString(home.resolve("notes.txt"), "hello");
        CliRun.Result unknown = cli.run("meeting", "import", text.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("notes.txt: neither a calendar (.ics, text/calendar) nor an e-mail");

        CliRun.Result missing = cli.run("meeting", "import", home.resolve("absent.eml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(missing.err().lines()).hasSize(1);
    }

    @Test
    void frenchMessages() throws IOException {
        CliRun.Result dry = cli.env("LANG", "fr_FR.UTF-8").run("meeting", "import", file("cnaf-confirmation.eml"),
                "--dry-run");
        assertThat(dry.out()).contains("Essai : 1 échange(s) seraient consignés depuis 1 fichier(s)")
                .contains("réponse écrite");
    }
}
