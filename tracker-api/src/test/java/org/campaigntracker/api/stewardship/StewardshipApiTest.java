package org.campaigntracker.api.stewardship;

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

/** Owner, cadence and access over HTTP; an owner is a person and evidence is free text, so partners read none. */
class StewardshipApiTest {

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

    private static String stakeholder(String key) {
        return "/api/v1/campaigns/caf-2023/stakeholders/" + caf.ids.get(key);
    }

    @Test
    void theFirstOwnerIsSetUnderVersionZeroAndAColleaguesEditIsNotLost() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        String path = stakeholder("organisation") + "/stewardship";
        HttpResponse<String> none = http.get(path, caf.tokens.get(Role.ADVISER));
        assertThat(none.statusCode()).isEqualTo(200);
        assertThat(Http.json(none).get("version").asInt()).isZero();
        assertThat(none.headers().firstValue("ETag")).hasValue("\"v0\"");

        String body = "{\"ownerId\": " + caf.ids.get("member") + ", \"cadenceDays\": 60}";
        assertThat(http.send("PUT", path, coordinator, body, Map.of()).statusCode()).isEqualTo(428);
        HttpResponse<String> set = http.send("PUT", path, coordinator, body, Map.of("If-Match", "\"v0\""));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(Http.json(set).get("ownerName").asText()).isEqualTo("Valérie PRIVATE-member");
        assertThat(http.send("PUT", path, coordinator, "{\"cadenceDays\": 7}", Map.of("If-Match", "\"v0\""))
                .statusCode()).isEqualTo(412);
        HttpResponse<String> patched = http.send("PATCH", path, coordinator, "{\"ownerId\": null}",
                Map.of("If-Match", "\"v1\"", "Content-Type", "application/merge-patch+json"));
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        JsonNode after = Http.json(patched);
        assertThat(after.hasNonNull("ownerId")).isFalse();
        assertThat(after.get("cadenceDays").asInt()).isEqualTo(60);

        HttpResponse<String> bad = http.send("PUT", path, coordinator, "{\"cadenceDays\": 0}",
                Map.of("If-Match", "\"v2\""));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Http.json(http.get(path, coordinator)).get("version").asInt()).isEqualTo(2);
        assertThat(http.get(path, caf.tokens.get(Role.PARTNER)).statusCode()).isEqualTo(403);
    }

    @Test
    void accessIsRatedWithEvidenceAndRelationshipsDueAreListed() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        String access = stakeholder("stakeholder") + "/access";
        HttpResponse<String> rated = http.send("POST", access, coordinator,
                "{\"score\": 5, \"ratedOn\": \"2023-02-01\", \"evidence\": \"Rappelle Valérie\"}", Map.of());
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(201);
        JsonNode history = Http.json(http.get(access, caf.tokens.get(Role.ADVISER))).get("items");
        assertThat(history.get(0).get("score").asInt()).isEqualTo(5);
        assertThat(history.get(1).get("score").asInt()).isEqualTo(4);
        HttpResponse<String> bad = http.send("POST", access, coordinator, "{\"score\": 6, \"ratedOn\": \"2023-02-01\"}",
                Map.of());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(Http.json(http.get(access, coordinator)).get("items")).hasSize(history.size());
        assertThat(http.get(access, caf.tokens.get(Role.PARTNER)).statusCode()).isEqualTo(403);

        String due = "/api/v1/campaigns/caf-2023/relationships-due";
        JsonNode items = Http.json(http.get(due + "?asOf=2023-06-01", caf.tokens.get(Role.ADVISER))).get("items");
        assertThat(items).anySatisfy(d -> {
            assertThat(d.get("stakeholderId").asLong()).isEqualTo(caf.ids.get("stakeholder"));
            assertThat(d.get("cadenceDays").asInt()).isEqualTo(30);
            assertThat(d.get("lastContactOn").asText()).isEqualTo("2023-01-17");
        });
        assertThat(http.get(due + "?asOf=2023-13-01", coordinator).statusCode()).isIn(400, 422);
        assertThat(http.get(due + "?asOf=2023-01-18&owner=" + caf.ids.get("member"), coordinator).body())
                .contains("\"items\":[]");
        assertThat(http.get(due, caf.tokens.get(Role.PARTNER)).statusCode()).isEqualTo(403);

        String followUps = "/api/v1/campaigns/caf-2023/follow-ups";
        HttpResponse<String> task = http.send("POST", followUps, coordinator, "{\"title\": \"Rappeler le cabinet\", "
                + "\"ownerId\": " + caf.ids.get("member") + ", \"stakeholderId\": " + caf.ids.get("stakeholder")
                + ", \"demandId\": " + caf.ids.get("demand") + "}", Map.of());
        assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
        assertThat(Http.json(task).get("stakeholderId").asLong()).isEqualTo(caf.ids.get("stakeholder"));
        assertThat(http.send("POST", followUps, coordinator, "{\"title\": \"X\", \"demandId\": 999999}", Map.of())
                .statusCode()).isEqualTo(422);
        HttpResponse<String> chased = http.send("POST", "/api/v1/campaigns/caf-2023/commitments", coordinator,
                "{\"stakeholderId\": " + caf.ids.get("stakeholder") + ", \"description\": \"Répondre\", "
                + "\"madeOn\": \"2023-01-17\", \"ownerId\": " + caf.ids.get("member") + "}", Map.of());
        assertThat(chased.statusCode()).as(chased.body()).isEqualTo(201);
        assertThat(Http.json(chased).get("ownerId").asLong()).isEqualTo(caf.ids.get("member"));
        JsonNode mine = Http.json(http.get(followUps + "?owner=" + caf.ids.get("member"), coordinator)).get("items");
        assertThat(mine).hasSize(1).allSatisfy(f -> assertThat(f.get("ownerId").asLong())
                .isEqualTo(caf.ids.get("member")));
        assertThat(Http.json(http.get(followUps + "?owner=999999", coordinator)).get("items")).isEmpty();
        assertThat(http.get(followUps + "?owner=0", coordinator).statusCode()).isEqualTo(422);
    }
}
