package org.campaigntracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MapResourceTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static String base;
    private static String adviser;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        long secours = tracker.stakeholders().add(caf.campaignId, new StakeholderDraft(StakeholderKind.organisation,
                "Secours catholique", null, null, StakeholderCategory.coalition_member, 3, 2, null)).id();
        tracker.relationships().add(caf.campaignId,
                RelationshipDraft.of(secours, RelationshipType.knows, caf.ids.get("stakeholder")));
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
        base = "/api/v1/campaigns/" + caf.slug + "/map";
        adviser = caf.tokens.get(Role.ADVISER);
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void theMapHoldsEveryStakeholderAndRelationshipWithScoresAndGaps() {
        JsonNode map = Http.json(ok(http.get(base, adviser)));

        assertThat(map.get("nodes")).hasSize(tracker.stakeholders().list(caf.campaignId).size());
        assertThat(map.get("edges")).hasSize(tracker.relationships().list(caf.campaignId).size());
        JsonNode grivel = node(map, caf.ids.get("stakeholder"));
        assertThat(grivel.get("label").asText()).isEqualTo("Nicolas Grivel (CNAF)");
        assertThat(grivel.get("engagement").asInt()).isEqualTo(1);
        assertThat(grivel.get("lastContact").asText()).isEqualTo("2023-01-17");
        assertThat(grivel.get("themeIds")).extracting(JsonNode::asLong).containsExactly(caf.ids.get("theme"));
        assertThat(map.get("gaps").get("notContacted").findValuesAsText("stakeholderId"))
                .contains(String.valueOf(caf.ids.get("organisation")));
        assertThat(map.get("staleDays").asInt()).isEqualTo(90);
        assertThat(Http.json(ok(http.get(base + "?stale_days=30&min_power=5", adviser))).get("staleDays").asInt())
                .isEqualTo(30);
    }

    @Test
    void pathsAreExplainedInTheCallersLanguage() {
        String path = base + "/paths?to=" + caf.ids.get("stakeholder");
        JsonNode english = Http.json(ok(http.get(path, adviser)));
        assertThat(english).singleElement().satisfies(p -> {
            assertThat(p.get("source").asText()).isEqualTo("Secours catholique");
            assertThat(p.get("explanation").asText())
                    .startsWith("Secours catholique → knows → Nicolas Grivel (CNAF); last contact with Nicolas Grivel");
            assertThat(p.get("hops")).hasSize(1);
        });
        HttpResponse<String> french = http.send("GET", path, adviser, null, Map.of("Accept-Language", "fr"));
        assertThat(Http.json(ok(french)).get(0).get("explanation").asText()).contains("connaît");
    }

    @Test
    void theCardGathersWhatTheAdviserNeeds() {
        JsonNode card = Http.json(ok(http.get(base + "/stakeholders/" + caf.ids.get("stakeholder"), adviser)));

        assertThat(card.get("stakeholder").get("function").asText()).isEqualTo("Directeur général");
        assertThat(card.get("lastInteractions")).hasSize(1);
        assertThat(card.get("commitments")).singleElement()
                .satisfies(c -> assertThat(c.get("description").asText()).isEqualTo("Répondre par écrit"));
        assertThat(card.get("positions")).singleElement()
                .satisfies(p -> assertThat(p.get("current").get("level").asText()).isEqualTo("committed_verbally"));
    }

    @Test
    void partnersGetNoMapAtAll() {
        String partner = caf.tokens.get(Role.PARTNER);
        for (String path : new String[] {base, base + "/paths?to=" + caf.ids.get("stakeholder"),
                base + "/stakeholders/" + caf.ids.get("stakeholder")}) {
            HttpResponse<String> r = http.get(path, partner);
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                    assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).doesNotContain("Grivel").doesNotContain("PRIVATE");
        }
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        for (String query : new String[] {"/paths", "/paths?to=abc", "/paths?to=1&limit=0", "?stale_days=0",
                "?min_power=9", "?stale_days=soon"}) {
            HttpResponse<String> r = http.get(base + query, adviser);
            assertThat(r.statusCode()).as(query).isBetween(400, 422);
            assertThat(r.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(t ->
                    assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(http.get(base + "/paths?to=999999", adviser).statusCode()).isEqualTo(404);
        assertThat(http.get(base + "/stakeholders/999999", adviser).statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    private static JsonNode node(JsonNode map, long id) {
        for (JsonNode n : map.get("nodes")) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
