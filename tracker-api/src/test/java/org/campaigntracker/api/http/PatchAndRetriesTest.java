package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HttpMethod;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.api.TrackerApplication;
import org.campaigntracker.api.publish.PublicationResource;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.db.testing.TestPostgres;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PATCH with a JSON merge patch (RFC 7396) on every item that has PUT, and POSTs made safe to retry with an
 * Idempotency-Key: the same key and body get the first answer and write nothing again.
 */
class PatchAndRetriesTest {

    private static final String INTERACTIONS = "/api/v1/campaigns/caf-2023/interactions";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static String coordinator;
    private static long grivel;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        coordinator = caf.tokens.get(Role.COORDINATOR);
        grivel = caf.ids.get("stakeholder");
        server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults());
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    private static String meeting(String title) {
        return "{\"kind\":\"meeting\",\"occurredOn\":\"2023-01-17\",\"title\":\"" + title + "\","
                + "\"summary\":\"Échange franc\",\"place\":\"Paris\",\"participantIds\":[" + grivel + "]}";
    }

    private static HttpResponse<String> post(String body, Map<String, String> headers, String token) {
        return http.send("POST", INTERACTIONS, token, body, headers);
    }

    private static String created(String title) {
        HttpResponse<String> r = post(meeting(title), Map.of(), coordinator);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return INTERACTIONS + "/" + Http.json(r).get("id").asLong();
    }

    private static HttpResponse<String> patch(String path, String body, String ifMatch) {
        return http.send("PATCH", path, coordinator, body,
                ifMatch == null ? Map.of("Content-Type", MERGE_PATCH) : Map.of("Content-Type", MERGE_PATCH,
                        "If-Match", ifMatch));
    }

    private static long countTitled(String title) {
        return tracker.interactions().list(caf.campaignId, InteractionFilter.all(), Page.first(100)).stream()
                .filter(i -> i.title().equals(title)).count();
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNames() {
        String item = created("Rencontre à patcher");
        HttpResponse<String> r = patch(item, "{\"title\":\"Rencontre patchée\",\"place\":null}", "\"v1\"");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).hasValue("\"v2\"");
        JsonNode after = Http.json(http.get(item, coordinator));
        assertThat(after.get("title").asText()).isEqualTo("Rencontre patchée");
        assertThat(after.get("summary").asText()).isEqualTo("Échange franc");
        assertThat(after.get("participantIds").get(0).asLong()).isEqualTo(grivel);
        assertThat(after.path("place").isMissingNode() || after.get("place").isNull()).isTrue();
        // If-Match: * merges into the current version.
        assertThat(patch(item, "{\"outcome\":\"Suite prévue\"}", "*").statusCode()).isEqualTo(200);
        assertThat(Http.json(http.get(item, coordinator)).get("outcome").asText()).isEqualTo("Suite prévue");
    }

    @Test
    void aBadPatchIsRefusedAndChangesNothing() {
        String item = created("Rencontre intacte");
        assertThat(patch(item, "{\"title\":\"x\"}", null).statusCode()).isEqualTo(428);
        assertThat(patch(item, "{\"title\":\"x\"}", "\"v7\"").statusCode()).isEqualTo(412);
        assertThat(patch(item, "{\"nope\":1}", "\"v1\"").statusCode()).isEqualTo(400);
        assertThat(patch(item, "[1,2]", "\"v1\"").statusCode()).isEqualTo(422);
        HttpResponse<String> badKind = patch(item, "{\"kind\":\"picnic\"}", "\"v1\"");
        assertThat(badKind.statusCode()).isEqualTo(422);
        assertThat(badKind.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(patch(item, "{\"title\":null}", "\"v1\"").statusCode()).isEqualTo(422);
        assertThat(patch(INTERACTIONS + "/999999", "{\"title\":\"x\"}", "*").statusCode()).isEqualTo(404);
        HttpResponse<String> plainJson = http.send("PATCH", item, coordinator, "{\"title\":\"x\"}",
                Map.of("If-Match", "\"v1\""));
        assertThat(plainJson.statusCode()).isEqualTo(415);
        HttpResponse<String> partner = http.send("PATCH", item, caf.tokens.get(Role.PARTNER), "{\"title\":\"x\"}",
                Map.of("Content-Type", MERGE_PATCH, "If-Match", "\"v1\""));
        assertThat(partner.statusCode()).isEqualTo(403);
        JsonNode after = Http.json(http.get(item, coordinator));
        assertThat(after.get("version").asInt()).isEqualTo(1);
        assertThat(after.get("title").asText()).isEqualTo("Rencontre intacte");
    }

    @Test
    void everyItemThatHasPutHasPatch() {
        TrackerApplication app = new TrackerApplication(tracker, ApiConfig.defaults());
        List<String> missing = new ArrayList<>();
        int puts = 0;
        for (Object instance : app.getInstances()) {
            Resource root = Resource.from(instance.getClass());
            // The publication's PUTs set a whole state (open or not, marked or not): nothing to merge.
            if (root == null || instance instanceof PublicationResource) {
                continue;
            }
            for (Resource r : withChildren(root)) {
                Set<String> methods = new HashSet<>();
                for (ResourceMethod m : r.getResourceMethods()) {
                    methods.add(m.getHttpMethod());
                    if (m.getHttpMethod().equals(HttpMethod.PATCH)) {
                        assertThat(m.getConsumedTypes()).extracting(Object::toString).containsExactly(MERGE_PATCH);
                    }
                }
                if (methods.contains(HttpMethod.PUT)) {
                    puts++;
                    if (!methods.contains(HttpMethod.PATCH)) {
                        missing.add(root.getPath() + "/" + r.getPath());
                    }
                }
            }
        }
        assertThat(puts).isGreaterThanOrEqualTo(13);
        assertThat(missing).isEmpty();
    }

    private static List<Resource> withChildren(Resource root) {
        List<Resource> all = new ArrayList<>(List.of(root));
        root.getChildResources().forEach(c -> all.addAll(withChildren(c)));
        return all;
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndWritesOnce() {
        Map<String, String> key = Map.of("Idempotency-Key", "5b1c7e0a-retry-1");
        HttpResponse<String> first = post(meeting("Rencontre envoyée deux fois"), key, coordinator);
        HttpResponse<String> again = post(meeting("Rencontre envoyée deux fois"), key, coordinator);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(countTitled("Rencontre envoyée deux fois")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        Map<String, String> key = Map.of("Idempotency-Key", "5b1c7e0a-retry-2");
        assertThat(post(meeting("Première"), key, coordinator).statusCode()).isEqualTo(201);
        HttpResponse<String> other = post(meeting("Autre"), key, coordinator);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(other.body()).contains("Idempotency-Key");
        assertThat(countTitled("Autre")).isZero();
    }

    @Test
    void keysAreScopedToTheToken() {
        String second = tracker.tokens().create(caf.campaignId, Role.COORDINATOR, "Second bureau", null).value();
        Map<String, String> key = Map.of("Idempotency-Key", "5b1c7e0a-retry-3");
        assertThat(post(meeting("Deux bureaux"), key, coordinator).statusCode()).isEqualTo(201);
        HttpResponse<String> other = post(meeting("Deux bureaux"), key, second);
        assertThat(other.statusCode()).isEqualTo(201);
        assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(countTitled("Deux bureaux")).isEqualTo(2);
    }

    @Test
    void aRefusedRequestIsNotKeptSoItsFixMayUseTheSameKey() {
        Map<String, String> key = Map.of("Idempotency-Key", "5b1c7e0a-retry-4");
        String bad = "{\"kind\":\"picnic\",\"occurredOn\":\"2023-01-17\",\"title\":\"Corrigée\"}";
        assertThat(post(bad, key, coordinator).statusCode()).isEqualTo(422);
        assertThat(post(meeting("Corrigée"), key, coordinator).statusCode()).isEqualTo(201);
        assertThat(countTitled("Corrigée")).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWriteOnce() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "5b1c7e0a-retry-5");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> post(meeting("Rencontre en rafale"), key, coordinator));
            }
            Set<String> bodies = new HashSet<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(sends)) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(201);
                bodies.add(f.get().body());
            }
            assertThat(bodies).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(countTitled("Rencontre en rafale")).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIs400() {
        for (String bad : new String[] {"x".repeat(256), "a b", " "}) {
            HttpResponse<String> r = post(meeting("Clé invalide"), Map.of("Idempotency-Key", bad), coordinator);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(countTitled("Clé invalide")).isZero();
    }
}
