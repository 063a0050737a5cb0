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
}
