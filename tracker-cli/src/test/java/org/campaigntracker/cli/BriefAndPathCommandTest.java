package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefAndPathCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void demo() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        assertThat(cli.run("demo", "--no-serve").exitCode()).isZero();
    }

    @Test
    void briefsByPartialNameInMarkdownOrHtmlFile() throws Exception {
        CliRun.Result md = cli.run("brief", "grivel", "--on", "01/02/2023");
        assertThat(md.exitCode()).isZero();
        assertThat(md.out()).startsWith("# Briefing: Nicolas Grivel (CNAF)")
                .contains("Rencontre avec le directeur général de la CNAF");

        Path file = home.resolve("grivel.html");
        CliRun.Result html = cli.run("--lang", "fr", "brief", "GRIVEL", "--format", "html", "--out", file.toString());
        assertThat(html.out()).contains("Dossier de rencontre écrit dans");
        assertThat(Files.readString(file)).contains("<h1>Dossier de rencontre : Nicolas Grivel (CNAF)</h1>");
    }

    @Test
    void badFormatsAndUnknownNamesAreOneLine() {
        CliRun.Result format = cli.run("brief", "grivel", "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(format.err().lines()).containsExactly("tracker: format must be one of: md, html");
        CliRun.Result unknown = cli.run("path", "--to", "grivol");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknown.err()).contains("did you mean: Nicolas Grivel (CNAF)");
    }

    @Test
    void theCalendarIsWrittenAsICalendar() throws Exception {
        Path file = home.resolve("caf.ics");
        CliRun.Result written = cli.run("calendar", file.toString());
        assertThat(written.exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Signature de la COG");
        assertThat(cli.run("calendar").out()).contains("DTSTART;VALUE=DATE:20230701");
    }

    @Test
    void pathsAreExplainedInWords() {
        CliRun.Result paths = cli.run("path", "--to", "grivel");
        assertThat(paths.exitCode()).isZero();
        assertThat(paths.out().lines().findFirst().orElseThrow())
                .startsWith("1. Secours catholique → knows → Médiateur national de la CNAF → reports to → Nicolas Grivel (CNAF)");
        assertThat(cli.run("path", "--to", "grivel", "--json").out()).contains("\"explanation\"");
    }
}
