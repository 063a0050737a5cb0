package org.campaigntracker.api.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenOwner;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Members over HTTP: who reads them, adding and leaving, and a member's own token in the audit trail. */
class MembersResourceTest {

    private static final String BASE = "/api/v1/campaigns/caf/members";
    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static long caf;
    private static String coordinator;
    private static String adviser;
    private static String partner;

    @BeforeAll
    static void start() {
        // Pooled and listening, as `tracker serve` runs: a token is trusted from memory until a change is heard.
        tracker = Tracker.pooled(TestPostgres.freshDatabase(), 4);
        caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        coordinator = tracker.tokens().create(caf, Role.COORDINATOR, "coordinator", null).value();
        adviser = tracker.tokens().create(caf, Role.ADVISER, "adviser", null).value();
        partner = tracker.tokens().create(caf, Role.PARTNER, "partner", null).value();
        // Trusted for a minute were the server deaf: a leaving seen at once was heard, not timed out.
        server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults().withTokenCacheSeconds(60));
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void coordinatorsAddAdvisersReadPartnersNever() {
        HttpResponse<String> added = http.send("POST", BASE, coordinator,
                "{\"name\": \"Didier\", \"kind\": \"coordinator\", \"language\": \"fr\", \"notes\": \"joignable le soir\"}",
                Map.of());
        assertThat(added.statusCode()).isEqualTo(201);
        String item = added.headers().firstValue("Location").orElseThrow().replaceFirst(".*(/api/)", "$1");
        JsonNode read = Http.json(http.get(item, adviser));
        assertThat(read.get("name").asText()).isEqualTo("Didier");
        assertThat(read.get("language").asText()).isEqualTo("fr");
        assertThat(read.has("notes")).as("notes are personal data: coordinators only").isFalse();
        assertThat(http.get(BASE, adviser).body()).doesNotContain("joignable le soir");
        assertThat(Http.json(http.get(item, coordinator)).get("notes").asText()).isEqualTo("joignable le soir");
        assertThat(http.get(BASE, partner).statusCode()).isEqualTo(403);
        assertThat(http.get(item, partner).statusCode()).isEqualTo(403);
        assertThat(http.send("POST", BASE, adviser, "{\"name\": \"X\", \"kind\": \"volunteer\"}", Map.of())
                .statusCode()).isEqualTo(403);

        HttpResponse<String> twice = http.send("POST", BASE, coordinator, "{\"name\": \"didier\", \"kind\": \"volunteer\"}",
                Map.of());
        assertThat(twice.statusCode()).as("names are unique, accents and case aside").isEqualTo(409);
        HttpResponse<String> bad = http.send("POST", BASE, coordinator,
                "{\"name\": \"Eve\", \"kind\": \"volunteer\", \"language\": \"de\"}", Map.of());
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("language");
        assertThat(Http.json(http.get(BASE, adviser)).get("items")).extracting(n -> n.get("name").asText())
                .containsExactly("Didier");
    }

    @Test
    void aMembersContactIsForTheTeamSealedAtRestAndBounded() {
        HttpResponse<String> added = http.send("POST", BASE, coordinator,
                "{\"name\": \"Valérie\", \"kind\": \"coordinator\", \"contact\": \"valerie@example.org\"}", Map.of());
        assertThat(added.statusCode()).isEqualTo(201);
        String item = added.headers().firstValue("Location").orElseThrow().replaceFirst(".*(/api/)", "$1");
        assertThat(Http.json(http.get(item, adviser)).get("contact").asText()).isEqualTo("valerie@example.org");
        assertThat(http.get(item, partner).statusCode()).isEqualTo(403);
        String stored = tracker.dsl().select(org.campaigntracker.db.jooq.Tables.MEMBER.CONTACT)
                .from(org.campaigntracker.db.jooq.Tables.MEMBER)
                .where(org.campaigntracker.db.jooq.Tables.MEMBER.DISPLAY_NAME.eq("Valérie")).fetchOne().value1();
        assertThat(stored).startsWith("ct1:").doesNotContain("valerie");

        HttpResponse<String> tooLong = http.send("PATCH", item, coordinator,
                "{\"contact\": \"" + "x".repeat(501) + "\"}",
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", "\"v1\""));
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(Http.json(http.get(item, coordinator)).get("contact").asText()).isEqualTo("valerie@example.org");
        HttpResponse<String> renamed = http.send("PATCH", item, coordinator, "{\"language\": \"fr\"}",
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", "\"v1\""));
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(Http.json(renamed).get("contact").asText()).as("a patch of another field keeps it")
                .isEqualTo("valerie@example.org");
        assertThat(http.send("DELETE", item, coordinator, null, Map.of("If-Match", "\"v2\"")).statusCode())
                .as("the other tests list the members they add alone").isEqualTo(204);
    }

    @Test
    void aMemberWhoLeavesIsListedOnlyWithAllAndTheirTokenStopsAtOnce() {
        Member anne = tracker.members().add(caf, new MemberDraft("Anne", MemberKind.volunteer, null, null, "en"));
        String annes = tracker.tokens().create(caf, Role.COORDINATOR, TokenOwner.member(anne.id()), "phone", null)
                .value();
        // Anne writes with her own token: the audit trail names her, not the token's label.
        assertThat(http.get("/api/v1/campaigns/caf/testimonies", annes).statusCode()).isEqualTo(200);
        assertThat(tracker.audit().list(caf, null, null, 5)).anySatisfy(e ->
                assertThat(e.actor().name()).contains("Anne"));

        String item = BASE + "/" + anne.id();
        String etag = http.get(item, coordinator).headers().firstValue("ETag").orElseThrow();
        assertThat(http.send("POST", item + "/leave", coordinator, "{}", Map.of("If-Match", etag)).statusCode())
                .as("the day is required").isEqualTo(422);
        HttpResponse<String> left = http.send("POST", item + "/leave", coordinator, "{\"on\": \"2023-06-30\"}",
                Map.of("If-Match", etag));
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(Http.json(left).get("leftOn").asText()).isEqualTo("2023-06-30");
        assertThat(http.get(BASE, coordinator).body()).doesNotContain("Anne");
        assertThat(http.get(BASE + "?all=true", coordinator).body()).contains("Anne");
        assertThat(tracker.tokens().list(caf).stream().filter(t -> Long.valueOf(anne.id()).equals(t.memberId())))
                .allSatisfy(t -> assertThat(t.revokedAt()).isNotNull()).isNotEmpty();
        assertThat(tracker.tokens().authenticate(annes)).isEmpty();
        assertThat(http.get("/api/v1/campaigns/caf/progress", annes).statusCode()).isEqualTo(401);
    }
}
