package org.campaigntracker.api.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mobilisations over HTTP: the coordinator writes, the adviser reads all, a partner reads titles and counts only. */
class MobilisationsApiTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static String base;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
        base = "/api/v1/campaigns/caf-2023/mobilisations";
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void theCoordinatorCreatesCountsImportsAndDelivers() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        HttpResponse<String> created = http.send("POST", base, coordinator, """
                {"title": "Pétition « Stop au score »", "kind": "petition", "launchedOn": "2023-05-15",
                 "demandIds": [%d], "targetIds": [%d], "count": 10}""".formatted(caf.ids.get("demand"),
                caf.ids.get("stakeholder")), Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String item = created.headers().firstValue("Location").orElseThrow();
        item = item.substring(item.indexOf("/api/"));

        JsonNode counted = Http.json(http.send("POST", item + "/counts", coordinator,
                "{\"on\": \"2023-05-20\", \"count\": 250}", Map.of()));
        assertThat(counted.get("count").asInt()).isEqualTo(250);
        JsonNode imported = Http.json(http.send("POST", item + "/counts", coordinator,
                "{\"csv\": \"date;total\\n21/05/2023;300\\n22/05/2023;340\\n\"}", Map.of()));
        assertThat(imported.get("counts")).hasSize(4);
        assertThat(imported.get("count").asInt()).isEqualTo(340);

        JsonNode delivered = Http.json(http.send("POST", item + "/delivery", coordinator,
                "{\"on\": \"2023-06-01\", \"toId\": " + caf.ids.get("stakeholder") + "}", Map.of()));
        assertThat(delivered.at("/delivery/on").asText()).isEqualTo("2023-06-01");
        // A meeting is no written answer.
        HttpResponse<String> notAnAnswer = http.send("POST", item + "/delivery", coordinator,
                "{\"on\": \"2023-06-01\", \"responseInteractionId\": " + caf.ids.get("interaction") + "}", Map.of());
        assertThat(notAnAnswer.statusCode()).isEqualTo(422);
        assertThat(notAnAnswer.body()).contains("written response");
        // Named as the body names them.
        HttpResponse<String> early = http.send("POST", item + "/delivery", coordinator,
                "{\"on\": \"2023-01-01\", \"toId\": 999999}", Map.of());
        assertThat(Http.json(early).findValuesAsText("field")).containsExactlyInAnyOrder("on", "toId");

        JsonNode status = Http.json(http.get("/api/v1/campaigns/caf-2023/status", coordinator));
        assertThat(status.get("mobilisations").findValuesAsText("title")).contains("Pétition « Stop au score »");
        JsonNode progress = Http.json(http.get("/api/v1/campaigns/caf-2023/progress", caf.tokens.get(Role.PARTNER)));
        assertThat(progress.get("mobilisations").findValuesAsText("title")).contains("Pétition « Stop au score »");
    }

    @Test
    void aBadExportIsAProblemNamingLineAndColumnAndWritesNothing() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        String item = base + "/" + caf.ids.get("mobilisation");
        JsonNode before = Http.json(http.get(item, coordinator));
        HttpResponse<String> refused = http.send("POST", item + "/counts", coordinator,
                "{\"csv\": \"date,count\\n2023-04-10,12\\n2023-04-31,15\\n\"}", Map.of("Accept-Language", "fr"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(refused);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("csv");
        assertThat(problem.get("detail").asText())
                .startsWith("csv : ligne 3, colonne « date » : « 2023-04-31 » n’est pas une date");
        for (String body : List.of("{\"on\": \"2023-04-12\", \"count\": -1}", "{\"on\": \"2101-01-01\", \"count\": 3}",
                "{\"count\": 3}", "{\"on\": \"2023-04-12\", \"count\": 100000001}")) {
            assertThat(http.send("POST", item + "/counts", coordinator, body, Map.of()).statusCode()).as(body)
                    .isEqualTo(422);
        }
        assertThat(Http.json(http.get(item, coordinator))).isEqualTo(before);
    }

    @Test
    void aPartnerReadsTitlesKindsAndCountsButNoTargetAndCannotWrite() {
        String partner = caf.tokens.get(Role.PARTNER);
        String item = base + "/" + caf.ids.get("mobilisation");
        JsonNode seen = Http.json(http.get(item, partner));
        List<String> fields = new ArrayList<>();
        seen.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "title", "kind", "launchedOn", "demandIds", "count",
                "counts", "version");
        assertThat(seen.get("count").asInt()).isEqualTo(80);
        assertThat(Http.json(http.get(item + "/counts", partner)).get("items")).hasSize(1);
        assertThat(http.send("POST", item + "/counts", partner, "{\"on\": \"2023-04-12\", \"count\": 90}", Map.of())
                .statusCode()).isEqualTo(403);
        JsonNode adviser = Http.json(http.get(item, caf.tokens.get(Role.ADVISER)));
        assertThat(adviser.get("targetIds")).hasSize(1);
        assertThat(http.send("POST", base, caf.tokens.get(Role.ADVISER), "{\"title\": \"X\"}", Map.of())
                .statusCode()).isEqualTo(403);
    }
}
