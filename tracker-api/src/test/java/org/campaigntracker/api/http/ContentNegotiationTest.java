package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation accepts the Accept header a client generated from the contract sends (the content types of its
 * documented answers, problem+json included), any type, and problem+json alone: a DELETE, whose only documented body
 * is a problem, used to be refused with 406.
 */
class ContentNegotiationTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults());
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void noOperationRefusesWhatAGeneratedClientAccepts() {
        JsonNode contract = Http.json(http.get("/api/v1/openapi.json", null));
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        List<String> refused = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = caf.concretePath(path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                String method = op.getKey().toUpperCase();
                Set<String> accepts = new LinkedHashSet<>();
                accepts.add(String.join(", ", documentedTypes(op.getValue())));
                accepts.add("*/*");
                accepts.add("application/*;q=0.8, */*;q=0.1");
                if (path.getKey().startsWith("/api/v1/campaigns")
                        && (documentedTypes(op.getValue()).contains("application/json") || method.equals("DELETE"))) {
                    accepts.add("application/problem+json");
                    accepts.add("application/json");
                }
                for (String accept : accepts) {
                    // No body and no If-Match: the answer may be 4xx, but it must not be 406.
                    HttpResponse<String> r = http.send(method, concrete, coordinator, null, Map.of("Accept", accept));
                    if (r.statusCode() == 406) {
                        refused.add(method + " " + path.getKey() + " with Accept: " + accept);
                    }
                }
            }
        }
        assertThat(refused).isEmpty();
    }

    @Test
    void aDeleteWithAcceptProblemJsonIsDoneAndAnswers204() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        HttpResponse<String> created = http.send("POST", "/api/v1/campaigns/caf-2023/themes", coordinator,
                "{\"title\":\"À supprimer\"}", Map.of("Accept", "application/problem+json"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
        String item = created.headers().firstValue("Location").orElseThrow();
        String path = item.substring(item.indexOf("/api/"));
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> deleted = http.send("DELETE", path, coordinator, null,
                Map.of("Accept", "application/problem+json", "If-Match", etag));
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(http.get(path, coordinator).statusCode()).isEqualTo(404);

        HttpResponse<String> again = http.send("DELETE", path, coordinator, null,
                Map.of("Accept", "application/problem+json", "If-Match", etag));
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aTypeTheRouteCannotProduceIsStill406AsAProblem() {
        HttpResponse<String> r = http.send("GET", "/api/v1/campaigns/caf-2023/themes", caf.tokens.get(Role.ADVISER),
                null, Map.of("Accept", "image/png"));
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static List<String> documentedTypes(JsonNode operation) {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode answer : operation.get("responses")) {
            answer.path("content").fieldNames().forEachRemaining(types::add);
        }
        // the shared answers are references to problem+json
        if (operation.get("responses").toString().contains("#/components/responses/")) {
            types.add("application/problem+json");
        }
        return List.copyOf(types);
    }

}
