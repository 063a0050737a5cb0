package org.campaigntracker.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.nio.file.Path;
import org.campaigntracker.cli.CafData;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

    @TempDir
    Path home;

    private CliRun cli;

    @BeforeEach
    void setUp() {
        cli = new CliRun(TestPostgres.freshDatabase(), home.toString());
        CafData.load(cli);
        ok(cli, "commitment", "add", "grivel", "Publier les lettres réseau", "--demand", "2.1", "--made-on",
                "2023-01-17", "--due", "2023-03-31");
        ok(cli, "commitment", "add", "grivel", "Engagement resté privé", "--made-on", "2023-01-17");
    }

    @Test
    void previewShowsOnlyWhatIsMarkedAndPublishingOpensThePage() {
        assertThat(ok(cli, "publish", "preview").out()).contains("not published")
                .contains("Commitments (0):").doesNotContain("lettres réseau");

        assertThat(ok(cli, "publish", "mark", "commitment", "1").out().strip())
                .isEqualTo("Commitment #1 is on the public page");
        String preview = ok(cli, "publish", "preview").out();
        assertThat(preview).contains("Commitments (1):")
                .contains("#1 Nicolas Grivel, directeur général (CNAF): Publier les lettres réseau — late")
                .doesNotContain("resté privé");

        assertThat(ok(cli, "campaign", "publish").out()).contains("Campaign caf-2023 is published at /p/caf-2023");
        assertThat(ok(cli, "publish", "preview").out()).contains("published at /p/caf-2023 since");
        assertThat(ok(cli, "campaign", "unpublish").out()).contains("/p/caf-2023 answers 404");
        ok(cli, "publish", "unmark", "commitment", "1");
        assertThat(ok(cli, "publish", "preview").out()).contains("Commitments (0):");
    }

    @Test
    void inFrench() {
        cli.env("LANG", "fr_FR.UTF-8");
        assertThat(ok(cli, "publish", "mark", "commitment", "1").out().strip())
                .isEqualTo("Engagement n° 1 : sur la page publique");
        assertThat(ok(cli, "publish", "preview").out()).contains("Engagements (1) :").contains("en retard");
    }

    @Test
    void badKindOrIdIsOneLineWithItsExitCode() {
        CliRun.Result kind = cli.run("publish", "mark", "petition", "1");
        assertThat(kind.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(kind.err().lines()).hasSize(1).first().asString()
                .contains("position, commitment, press, milestone");

        CliRun.Result missing = cli.run("publish", "mark", "press", "42");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(missing.err().lines()).hasSize(1);
    }
}
