package org.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.campaigntracker.api.docs.Route;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document matches the routes; every write route refuses bad input as problem+json, writing nothing. */
class ContractAndBadInputTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static List<Route> routes;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults().withMaxBodyBytes(4096));
        http = new Http(server.baseUri());
        routes = Route.of(new TrackerApplication(tracker));
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void theOpenApiDocumentListsExactlyTheRegisteredRoutes() {
        JsonNode doc = Http.json(http.get("/api/v1/openapi.json", null));
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        List<String> documented = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                if (path.getValue().has(method)) {
                    documented.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes.stream().map(Route::key).toList());
    }

    @Test
    void theDocsPageAndItsAssetsAreServedWithoutACdn() {
        HttpResponse<String> page = http.get("/api/v1/docs", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("docs/docs.js").doesNotContain("https://");
        assertThat(http.get("/api/v1/docs/docs.js", null).body()).contains("openapi.json");
        assertThat(http.get("/api/v1/docs/docs.css", null).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/docs/secret.txt", null).statusCode()).isEqualTo(404);
    }

    @Test
    void browserPagesAreBundledCarryNoDataAndAllowOnlyOurOwnScripts() {
        HttpResponse<String> page = http.get("/campaigns/caf/home", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("connect-src 'self'"));
        assertThat(page.body()).contains("/assets/app.js").doesNotContain("https://").doesNotContain("http://");
        HttpResponse<String> script = http.get("/assets/app.js", null);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t ->
                assertThat(t).startsWith("text/javascript"));
        assertThat(script.body()).contains("sessionStorage").contains("Authorization");
        assertThat(http.get("/campaigns/caf/no-such-page", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/campaigns/caf/Home", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/assets/app.exe", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/assets/..%2Fhome.html", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/assets/missing.js", null).headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void everyWriteRouteRefusesBadInputAndWritesNothing() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            // The publication's PUT and DELETE set a state (marked or not, open or not) and carry no version:
            // PublicationResourceTest refuses their bad input.
            if (route.method().equals("GET") || route.path().contains("/publication")) {
                continue;
            }
            String path = route.path().replace("{slug}", caf.slug)
                    .replace("{stakeholderId}", String.valueOf(caf.ids.get("stakeholder")))
                    .replace("{testimonyId}", String.valueOf(caf.ids.get("testimony")))
                    .replace("{id}", String.valueOf(caf.idFor(ApiFixture.collectionOf(route.path()))));
            String etag = !route.method().equals("POST") || ApiFixture.isAction(route.path())
                    ? http.get(ApiFixture.itemOf(path), coordinator).headers().firstValue("ETag").orElseThrow()
                    : null;
            Map<String, String> ifMatch = etag == null ? Map.of() : Map.of("If-Match", etag);
            if (route.method().equals("DELETE")) {
                expect(failures, route, http.send("DELETE", path, coordinator, null, Map.of()), 428);
                expect(failures, route, http.send("DELETE", path, coordinator, null, Map.of("If-Match", "\"v999\"")),
                        412);
                continue;
            }
            if (path.endsWith("/interactions/import")) {
                // Its body is a file, not JSON: JSON is the wrong media type, a broken file a bad request.
                expect(failures, route, http.send("POST", path, coordinator, "{}", Map.of()), 415);
                expect(failures, route, http.send("POST", path, coordinator, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT",
                        Map.of("Content-Type", "text/calendar")), 400);
                expect(failures, route, http.send("POST", path, coordinator, "Subject: no date nor sender\r\n\r\nx",
                        Map.of("Content-Type", "message/rfc822")), 400);
                expect(failures, route, http.send("POST", path, coordinator, "x".repeat(70_000),
                        Map.of("Content-Type", "message/rfc822")), 413);
                continue;
            }
            boolean patch = route.method().equals("PATCH");
            Map<String, String> headers = new HashMap<>(ifMatch);
            if (patch) {
                headers.put("Content-Type", "application/merge-patch+json");
            }
            expect(failures, route, http.send(route.method(), path, coordinator, "{\"title\": ", headers), 400);
            expect(failures, route, http.send(route.method(), path, coordinator, "{\"nonsense\": 1}", headers), 400);
            // An empty merge patch is valid (it changes nothing); a patch that is no object is not. Every field of a
            // stewardship is optional ({} says nobody holds the relationship and it has no cadence): its PUT only
            // gets a body that is no object.
            boolean allOptional = path.endsWith("/stewardship");
            expect(failures, route, http.send(route.method(), path, coordinator, patch || allOptional ? "[]" : "{}",
                    headers), patch || !allOptional ? 422 : 400);
            expect(failures, route, http.send(route.method(), path, coordinator,
                    "{\"title\": \"" + "x".repeat(5000) + "\"}", headers), 413);
            if (route.method().equals("PUT") || patch) {
                headers.remove("If-Match");
                expect(failures, route, http.send(route.method(), path, coordinator, "{}", headers), 428);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aValidationProblemListsEveryBrokenField() {
        HttpResponse<String> r = http.send("POST", "/api/v1/campaigns/caf-2023/interactions",
                caf.tokens.get(Role.COORDINATOR), "{\"kind\":\"meeting\"}", Map.of());
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problem = Http.json(r);
        // Named as the body names them, not as core or the command line do (occurred_on, participants).
        assertThat(problem.findValuesAsText("field")).contains("occurredOn", "title", "participantIds");
        assertThat(problem.get("detail").asText()).contains("occurredOn is required");
    }

    @Test
    void listsArePagedWithANextLink() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        for (int i = 0; i < 3; i++) {
            http.send("POST", "/api/v1/campaigns/caf-2023/themes", coordinator, "{\"title\":\"Thème " + i + "\"}",
                    Map.of());
        }
        HttpResponse<String> first = http.get("/api/v1/campaigns/caf-2023/themes?limit=2", coordinator);
        JsonNode page = Http.json(first);
        assertThat(page.get("items")).hasSize(2);
        assertThat(first.headers().firstValue("Link").orElseThrow()).contains("rel=\"next\"");
        String next = page.get("next").asText();
        JsonNode second = Http.json(http.get(next.substring(next.indexOf("/api/")), coordinator));
        assertThat(second.get("items").get(0).get("id").asLong())
                .isGreaterThan(page.get("items").get(1).get("id").asLong());
        assertThat(http.get("/api/v1/campaigns/caf-2023/themes?limit=101", coordinator).statusCode()).isEqualTo(422);
        assertThat(http.get("/api/v1/campaigns/caf-2023/interactions?from=yesterday", coordinator).statusCode())
                .isEqualTo(400);
    }

    @Test
    void followingNextLinksWalksTheWholeStakeholderListOnce() {
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        for (String name : List.of("Élodie Martin", "Zoé Aubry", "Amélie de Montchalin")) {
            http.send("POST", "/api/v1/campaigns/caf-2023/stakeholders", coordinator,
                    "{\"kind\":\"person\",\"name\":\"" + name + "\"}", Map.of());
        }
        List<String> whole = new ArrayList<>();
        Http.json(http.get("/api/v1/campaigns/caf-2023/stakeholders?limit=100", coordinator)).get("items")
                .forEach(s -> whole.add(s.get("name").asText()));
        assertThat(whole).hasSizeGreaterThanOrEqualTo(5).startsWith("Amélie de Montchalin");

        assertThat(walk("/api/v1/campaigns/caf-2023/stakeholders?limit=2", coordinator, "name")).isEqualTo(whole);
    }

    @Test
    void followingNextLinksWalksTheWholeRelationshipListsOnce() {
        String adviser = caf.tokens.get(Role.ADVISER);
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        String base = "/api/v1/campaigns/caf-2023/relationships";
        long stakeholder = caf.ids.get("stakeholder");
        List<Long> added = new ArrayList<>();
        for (String name : List.of("Valérie Hayer", "Bastien Le Querrec", "Amal Bentounsi")) {
            added.add(Http.json(http.send("POST", "/api/v1/campaigns/caf-2023/stakeholders", coordinator,
                    "{\"kind\":\"person\",\"name\":\"" + name + "\"}", Map.of())).get("id").asLong());
        }
        for (long[] link : new long[][] {{added.get(0), stakeholder}, {stakeholder, added.get(1)},
                {added.get(1), added.get(2)}, {added.get(2), stakeholder}}) {
            assertThat(http.send("POST", base, coordinator, "{\"fromId\":" + link[0] + ",\"toId\":" + link[1]
                    + ",\"type\":\"influences\"}", Map.of()).statusCode()).isEqualTo(201);
        }
        for (String query : List.of("", "stakeholder=" + stakeholder + "&")) {
            List<String> whole = new ArrayList<>();
            Http.json(http.get(base + "?" + query + "limit=100", adviser)).get("items")
                    .forEach(r -> whole.add(r.get("id").asText()));
            assertThat(whole).as(query).hasSizeGreaterThanOrEqualTo(4);
            assertThat(walk(base + "?" + query + "limit=1", adviser, "id")).as(query).isEqualTo(whole);
        }
        HttpResponse<String> unknown = http.get(base + "?stakeholder=999999", adviser);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** Follows the next links from {@code path}, collecting one field of every item; checks each page's size. */
    private List<String> walk(String path, String token, String field) {
        List<String> walked = new ArrayList<>();
        while (path != null) {
            JsonNode page = Http.json(http.get(path, token));
            int limit = Integer.parseInt(path.replaceAll(".*[?&]limit=(\\d+).*", "$1"));
            assertThat(page.get("items").size()).isBetween(1, limit);
            page.get("items").forEach(item -> walked.add(item.get(field).asText()));
            path = page.hasNonNull("next") ? page.get("next").asText().substring(page.get("next").asText()
                    .indexOf("/api/")) : null;
        }
        return walked;
    }

    @Test
    void anUnchangedItemIsNotSentTwice() {
        String path = "/api/v1/campaigns/caf-2023/demands/" + caf.ids.get("demand");
        HttpResponse<String> first = http.get(path, caf.tokens.get(Role.PARTNER));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send("GET", path, caf.tokens.get(Role.PARTNER), null,
                Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void wrongMediaTypesAreProblems() {
        HttpResponse<String> r = http.send("POST", "/api/v1/campaigns/caf-2023/themes", caf.tokens.get(Role.COORDINATOR),
                "title", Map.of("Content-Type", "text/plain"));
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    private static void expect(List<String> failures, Route route, HttpResponse<String> r, int status) {
        boolean problem = r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (r.statusCode() != status || !problem) {
            failures.add(route.key() + ": expected " + status + " problem, got " + r.statusCode() + " " + r.body());
        }
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : ApiFixture.TABLES) {
            counts.put(table, tracker.dsl().fetchCount(org.jooq.impl.DSL.table(table)) + 0L);
        }
        return counts;
    }
}
