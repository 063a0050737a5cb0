package org.campaigntracker.api.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The public page over HTTP: no token, two languages, cache headers, 404 while unpublished, per-address limit. */
class PublicPageTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static long caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023").id();
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void unpublishedIsA404ThatNoCacheKeepsThenThePageIsPublicAndCacheable() {
        tracker.publish().unpublish(caf);
        HttpResponse<String> before = http.get("/p/caf-cog-2023", null);
        assertThat(before.statusCode()).isEqualTo(404);
        assertThat(before.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(before.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.get("/p/no-such-campaign", null).body()).doesNotContain("caf-cog-2023");

        PublicDemo.publishEverything(tracker);
        try {
            HttpResponse<String> page = http.get("/p/caf-cog-2023", null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'")
                    .doesNotContain("script-src");
            assertThat(page.body()).contains("<html lang=\"fr\">").contains("id=\"commitment-")
                    .contains("property=\"og:title\"").doesNotContain("<script").doesNotContain("https://cdn");
            String etag = page.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.send("GET", "/p/caf-cog-2023", null, null,
                    Map.of("If-None-Match", etag));
            assertThat(again.statusCode()).isEqualTo(304);

            // A commitment made private leaves the next answer, with another ETag.
            long first = ((Number) tracker.dsl().fetchValue("select min(id) from commitment where campaign_id = "
                    + caf)).longValue();
            tracker.publish().mark(caf, PublicKind.commitment, first, false);
            HttpResponse<String> changed = http.send("GET", "/p/caf-cog-2023", null, null,
                    Map.of("If-None-Match", etag));
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.body()).doesNotContain("id=\"commitment-" + first + "\"");
            tracker.publish().mark(caf, PublicKind.commitment, first, true);
        } finally {
            tracker.publish().unpublish(caf);
        }
        HttpResponse<String> after = http.get("/p/caf-cog-2023.json", null);
        assertThat(after.statusCode()).isEqualTo(404);
        assertThat(after.headers().firstValue("Cache-Control")).hasValue("no-store");
        tracker.publish().publish(caf);
    }

    @Test
    void englishAndFrenchByQueryOrAcceptLanguage() {
        PublicDemo.publishEverything(tracker);
        assertThat(http.get("/p/caf-cog-2023?lang=en", null).body()).contains("<html lang=\"en\">")
                .contains("Commitments");
        HttpResponse<String> negotiated = http.send("GET", "/p/caf-cog-2023", null, null,
                Map.of("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(negotiated.body()).contains("<html lang=\"en\">");
        assertThat(negotiated.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
        assertThat(negotiated.body()).isEqualTo(http.get("/p/caf-cog-2023.en.html", null).body());
        assertThat(http.get("/p/caf-cog-2023.fr.html", null).body()).contains("Engagements").contains("en retard");
        assertThat(http.get("/p/caf-cog-2023.de.html", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theJsonTheFeedAndTheSnippet() throws Exception {
        PublicDemo.publishEverything(tracker);
        JsonNode json = Http.json(http.get("/p/caf-cog-2023.json", null));
        assertThat(json.get("slug").asText()).isEqualTo("caf-cog-2023");
        assertThat(json.get("commitments")).isNotEmpty();
        assertThat(json.get("commitments").get(0).get("status").asText()).isIn("open", "kept", "late", "broken",
                "withdrawn");
        assertThat(json.get("commitments").get(0).get("permalink").asText()).startsWith("caf-cog-2023.html#commitment-");

        HttpResponse<String> feed = http.get("/p/caf-cog-2023/feed.atom", null);
        assertThat(feed.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document atom = f.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isGreaterThan(3);
        assertThat(feed.body()).contains("Nouvel engagement de Nicolas Grivel");

        HttpResponse<String> embed = http.get("/p/caf-cog-2023/embed.html", null);
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *");
        assertThat(embed.body()).contains("target=\"_top\"");
    }

    @Test
    void aTokenIsNeitherNeededNorRead() {
        PublicDemo.publishEverything(tracker);
        HttpResponse<String> withBadToken = http.get("/p/caf-cog-2023", "not-a-token");
        assertThat(withBadToken.statusCode()).isEqualTo(200);
    }
}
