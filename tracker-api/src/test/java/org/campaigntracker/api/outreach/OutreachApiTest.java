package org.campaigntracker.api.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
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

/** Outreach → coverage over HTTP; journalists are people, so a partner reads no send at all. */
class OutreachApiTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void aSendShowsTheCoverageItLedToAndPartnersReadNone() {
        String base = "/api/v1/campaigns/caf-2023/outreach";
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        HttpResponse<String> created = http.send("POST", base, coordinator, """
                {"kind": "press_release", "sentOn": "2022-12-01", "title": "Communiqué : la CAF ne répond pas",
                 "outlets": ["France Inter", "Le Monde"], "embargoUntil": "2022-12-02T06:00:00+01:00"}""", Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).get("id").asLong();
        JsonNode linked = Http.json(http.send("POST", base + "/" + id + "/press-items", coordinator,
                "{\"pressItemId\": " + caf.ids.get("pressItem") + "}", Map.of()));
        assertThat(linked.at("/coverage/daysToCoverage").asLong()).isEqualTo(9);
        assertThat(linked.at("/coverage/reached/0").asText()).isEqualTo("France Inter");
        assertThat(linked.at("/coverage/notReached/0").asText()).isEqualTo("Le Monde");

        JsonNode adviser = Http.json(http.get(base + "/" + caf.ids.get("outreach"), caf.tokens.get(Role.ADVISER)));
        assertThat(adviser.get("journalistIds")).hasSize(1);
        assertThat(http.get(base, caf.tokens.get(Role.PARTNER)).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", base + "/" + id + "/press-items", coordinator, "{\"pressItemId\": 999999}",
                Map.of()).statusCode()).isEqualTo(404);
        HttpResponse<String> bad = http.send("POST", base, coordinator,
                "{\"kind\": \"tweet\", \"sentOn\": \"2022-12-01\", \"title\": \"X\"}", Map.of());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aSendIsEditedUnderItsVersionAndAPressItemNamesItsSend() {
        String base = "/api/v1/campaigns/caf-2023/outreach";
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        HttpResponse<String> created = http.send("POST", base, coordinator, """
                {"kind": "pitch", "sentOn": "2022-11-20", "title": "Proposition d'entretien", "outlets": ["Mediapart"]}""",
                Map.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = Http.json(created).get("id").asLong();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> patched = http.send("PATCH", base + "/" + id, coordinator,
                "{\"kind\": \"op_ed_offer\", \"outlets\": [\"Mediapart\", \"Libération\"]}",
                Map.of("If-Match", etag, "Content-Type", "application/merge-patch+json"));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(Http.json(patched).get("kind").asText()).isEqualTo("op_ed_offer");
        assertThat(Http.json(patched).get("title").asText()).isEqualTo("Proposition d'entretien");
        assertThat(Http.json(patched).get("outlets")).hasSize(2);
        HttpResponse<String> stale = http.send("PUT", base + "/" + id, coordinator,
                "{\"kind\": \"pitch\", \"sentOn\": \"2022-11-20\", \"title\": \"Autre titre\"}",
                Map.of("If-Match", etag));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.json(http.get(base + "/" + id, coordinator)).get("title").asText())
                .isEqualTo("Proposition d'entretien");

        String press = "/api/v1/campaigns/caf-2023/press-items";
        HttpResponse<String> item = http.send("POST", press, coordinator, """
                {"outlet": "Mediapart", "medium": "web", "publishedOn": "2022-11-28", "title": "CAF : l'algorithme",
                 "outreachId": %d}""".formatted(id), Map.of());
        assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
        assertThat(Http.json(item).get("outreachId").asLong()).isEqualTo(id);
        JsonNode send = Http.json(http.get(base + "/" + id, coordinator));
        assertThat(send.at("/coverage/daysToCoverage").asLong()).isEqualTo(8);
        assertThat(send.at("/coverage/reached/0").asText()).isEqualTo("Mediapart");

        int before = Http.json(http.get(press + "?limit=100", coordinator)).get("items").size();
        HttpResponse<String> dangling = http.send("POST", press, coordinator, """
                {"outlet": "Le Monde", "medium": "print", "publishedOn": "2022-11-29", "title": "Autre",
                 "outreachId": 999999}""", Map.of());
        assertThat(dangling.statusCode()).as(dangling.body()).isEqualTo(422);
        assertThat(dangling.body()).contains("\"field\":\"outreachId\"");
        assertThat(Http.json(http.get(press + "?limit=100", coordinator)).get("items")).hasSize(before);
        assertThat(http.get(press + "/" + Http.json(item).get("id").asLong(), caf.tokens.get(Role.PARTNER)).body())
                .doesNotContain("outreachId");
    }
}
