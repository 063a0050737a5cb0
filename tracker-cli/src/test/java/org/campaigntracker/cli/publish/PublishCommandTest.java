package org.campaigntracker.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.campaigntracker.cli.CafData.ok;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.db.ConnectionSettings;
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

    @TempDir
    Path out;

    private CliRun cli;
    private ConnectionSettings db;

    @BeforeEach
    void setUp() {
        db = TestPostgres.freshDatabase();
        cli = new CliRun(db, home.toString());
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
    void theStaticExportIsByteForByteWhatTheServerAnswers() throws Exception {
        ok(cli, "publish", "mark", "commitment", "1");
        ok(cli, "press", "add", "La CAF ne répond pas", "--outlet", "France 2", "--medium", "tv", "--on",
                "2022-12-05", "--url", "https://www.france.tv/exemple", "--journalist", "Jeanne Témoin");
        ok(cli, "publish", "mark", "press", "1");
        CliRun.Result refused = cli.run("publish", "--static", out.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(refused.err().lines()).containsExactly("tracker: campaign caf-2023 is not published");
        ok(cli, "campaign", "publish");

        assertThat(ok(cli, "publish", "--static", out.toString()).out()).contains("files written to");
        Map<String, String> served = new LinkedHashMap<>(Map.of("p/caf-2023.html", "/p/caf-2023",
                "p/caf-2023.fr.html", "/p/caf-2023?lang=fr", "p/caf-2023.en.html", "/p/caf-2023?lang=en"));
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).forEach(f -> served.putIfAbsent(
                    out.relativize(f).toString().replace('\\', '/'), "/" + out.relativize(f).toString()));
        }
        assertThat(served).containsKeys("p/caf-2023.json", "p/caf-2023/feed.atom", "p/caf-2023/embed.html",
                "assets/public.css", "assets/app.css");
        try (Tracker tracker = Tracker.over(db.simpleDataSource());
             ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (Map.Entry<String, String> e : served.entrySet()) {
                HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(server.baseUri().resolve(
                        e.getValue().substring(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
                assertThat(r.statusCode()).as(e.getValue()).isEqualTo(200);
                assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).as(e.getValue())
                        .doesNotContain("Jeanne Témoin").doesNotContain("resté privé");
                assertThat(r.body()).as(e.getKey() + " = " + e.getValue())
                        .isEqualTo(Files.readAllBytes(out.resolve(e.getKey())));
            }
        }
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
