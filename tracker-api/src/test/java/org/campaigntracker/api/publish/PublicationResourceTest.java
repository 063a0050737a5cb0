package org.campaigntracker.api.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Marking items public, opening the page and previewing it through the API, as the coordinator page does. */
class PublicationResourceTest {

    private static final String BASE = "/api/v1/campaigns/caf-cog-2023/publication";
    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static long caf;
    private static String coordinator;
    private static String adviser;
    private static String partner;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023").id();
        coordinator = tracker.tokens().create(caf, Role.COORDINATOR, "coordinator", null).value();
        adviser = tracker.tokens().create(caf, Role.ADVISER, "adviser", null).value();
        partner = tracker.tokens().create(caf, Role.PARTNER, "partner", null).value();
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @BeforeEach
    void nothingPublic() {
        tracker.dsl().execute("update commitment set public = false where campaign_id = " + caf);
        tracker.publish().unpublish(caf);
    }

    @Test
    void aCommitmentMarkedThroughTheApiShowsOnThePageOnceItIsOpen() {
        long commitment = first("commitment");
        assertThat(http.send("PUT", BASE + "/commitments/" + commitment, coordinator, null, Map.of()).statusCode())
                .isEqualTo(204);
        // Marking twice is the same state, not an error.
        assertThat(http.send("PUT", BASE + "/commitments/" + commitment, coordinator, null, Map.of()).statusCode())
                .isEqualTo(204);
        JsonNode state = Http.json(http.get(BASE, adviser));
        assertThat(state.get("published").asBoolean()).isFalse();
        assertThat(state.path("publishedAt").isMissingNode() || state.get("publishedAt").isNull()).isTrue();
        assertThat(state.get("address").asText()).isEqualTo("/p/caf-cog-2023");
        assertThat(state.get("commitments").toString()).isEqualTo("[" + commitment + "]");
        assertThat(http.get("/p/caf-cog-2023.json", null).statusCode()).isEqualTo(404);

        HttpResponse<String> opened = http.send("PUT", BASE, coordinator, "{\"published\": true}", Map.of());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(Http.json(opened).get("published").asBoolean()).isTrue();
        assertThat(http.send("GET", "/p/caf-cog-2023", null, null, Map.of("Accept-Language", "*;q=2")).statusCode())
                .as("an unreadable Accept-Language on the public page").isEqualTo(200);
        JsonNode page = Http.json(http.get("/p/caf-cog-2023.json", null));
        assertThat(page.get("commitments")).hasSize(1);
        assertThat(page.at("/commitments/0/id").asLong()).isEqualTo(commitment);

        assertThat(http.send("DELETE", BASE + "/commitments/" + commitment, coordinator, null, Map.of())
                .statusCode()).isEqualTo(204);
        assertThat(Http.json(http.get("/p/caf-cog-2023.json", null)).get("commitments")).isEmpty();
        assertThat(Http.json(http.send("PUT", BASE, coordinator, "{\"published\": false}", Map.of()))
                .get("published").asBoolean()).isFalse();
        assertThat(http.get("/p/caf-cog-2023", null).statusCode()).isEqualTo(404);
    }

    @Test
    void thePreviewShowsWhatWouldBePublicBeforeThePageIsOpen() {
        long commitment = first("commitment");
        HttpResponse<String> empty = http.get(BASE + "/preview?lang=en", adviser);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(empty.body()).contains("href=\"/assets/public.css\"").contains("href=\"/p/caf-cog-2023.fr.html\"")
                .doesNotContain("href=\"../").contains("<html lang=\"en\">")
                .doesNotContain("id=\"commitment-" + commitment + "\"");
        http.send("PUT", BASE + "/commitments/" + commitment, coordinator, null, Map.of());
        HttpResponse<String> marked = http.send("GET", BASE + "/preview", coordinator, null,
                Map.of("Accept-Language", "fr"));
        assertThat(marked.body()).contains("<html lang=\"fr\">").contains("id=\"commitment-" + commitment + "\"");
        assertThat(http.get("/p/caf-cog-2023", null).statusCode()).isEqualTo(404);
    }

    @Test
    void badRequestsChangeNothing() {
        long commitment = first("commitment");
        assertThat(http.send("PUT", BASE + "/demands/" + commitment, coordinator, null, Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(http.send("PUT", BASE + "/commitments/99999999", coordinator, null, Map.of()).statusCode())
                .isEqualTo(404);
        HttpResponse<String> noValue = http.send("PUT", BASE, coordinator, "{}", Map.of());
        assertThat(noValue.statusCode()).isEqualTo(422);
        assertThat(noValue.body()).contains("published");
        assertThat(http.send("PUT", BASE, coordinator, "{\"published\": \"yes\"}", Map.of()).statusCode())
                .isEqualTo(400);
        assertThat(http.send("PUT", BASE + "/commitments/" + commitment, adviser, null, Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(http.get(BASE, partner).statusCode()).isEqualTo(403);
        assertThat(http.get(BASE + "/preview", partner).statusCode()).isEqualTo(403);
        assertThat(http.get(BASE + "/preview?lang=de", coordinator).statusCode()).isEqualTo(422);
        // An unreadable Accept-Language is no preference, not an error (a fuzzing finding).
        for (String unreadable : new String[] {"*;q=2", ";;="}) {
            HttpResponse<String> page = http.send("GET", BASE + "/preview", coordinator, null,
                    Map.of("Accept-Language", unreadable));
            assertThat(page.statusCode()).as(unreadable).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"fr\">");
        }
        JsonNode state = Http.json(http.get(BASE, coordinator));
        assertThat(state.get("commitments")).isEmpty();
        assertThat(state.get("published").asBoolean()).isFalse();
    }

    private static long first(String table) {
        return ((Number) tracker.dsl().fetchValue("select min(id) from " + table + " where campaign_id = " + caf))
                .longValue();
    }
}
