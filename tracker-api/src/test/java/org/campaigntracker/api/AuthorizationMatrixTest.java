package org.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.campaigntracker.api.docs.Route;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.Public;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every registered route × every role × own and other campaign. The expected table is written here by hand: a route
 * added to the application without a line below fails {@link #everyRegisteredRouteHasAnEntry()}.
 */
class AuthorizationMatrixTest {

    private static final String C = "/api/v1/campaigns/{slug}";
    /** P = partner, A = adviser, C = coordinator; "public" = no token needed. */
    private static final Map<String, String> EXPECTED = withPatches(Map.ofEntries(
            Map.entry("GET /health", "public"),
            Map.entry("GET /ready", "public"),
            Map.entry("GET /api/v1/openapi.json", "public"),
            Map.entry("GET /api/v1/docs", "public"),
            Map.entry("GET /api/v1/docs/{asset}", "public"),
            Map.entry("GET /campaigns/{slug}", "public"),
            Map.entry("GET /campaigns/{slug}/{page}", "public"),
            Map.entry("GET /assets/{name}", "public"),
            Map.entry("GET /p/{slug}", "public"), Map.entry("GET /p/{slug}.html", "public"),
            Map.entry("GET /p/{slug}.{lang}.html", "public"), Map.entry("GET /p/{slug}.json", "public"),
            Map.entry("GET /p/{slug}/feed.atom", "public"), Map.entry("GET /p/{slug}/embed.html", "public"),
            Map.entry("GET /api/v1/campaigns", "PAC"),
            Map.entry("GET " + C, "PAC"),
            Map.entry("PUT " + C, "C"),
            Map.entry("GET " + C + "/progress", "PAC"),
            Map.entry("GET " + C + "/pages", "PAC"), Map.entry("GET " + C + "/log-choices", "C"),
            Map.entry("GET " + C + "/activity", "PAC"),
            Map.entry("GET " + C + "/map", "AC"), Map.entry("GET " + C + "/map/paths", "AC"),
            Map.entry("GET " + C + "/map/stakeholders/{id}", "AC"),
            Map.entry("GET " + C + "/themes", "PAC"), Map.entry("POST " + C + "/themes", "C"),
            Map.entry("GET " + C + "/themes/{id}", "PAC"), Map.entry("PUT " + C + "/themes/{id}", "C"),
            Map.entry("DELETE " + C + "/themes/{id}", "C"), Map.entry("GET " + C + "/themes/{id}/history", "PAC"),
            Map.entry("GET " + C + "/demands", "PAC"), Map.entry("POST " + C + "/demands", "C"),
            Map.entry("GET " + C + "/demands/{id}", "PAC"), Map.entry("PUT " + C + "/demands/{id}", "C"),
            Map.entry("DELETE " + C + "/demands/{id}", "C"), Map.entry("GET " + C + "/demands/{id}/history", "PAC"),
            Map.entry("GET " + C + "/stakeholders", "PAC"), Map.entry("POST " + C + "/stakeholders", "C"),
            Map.entry("GET " + C + "/stakeholders/{id}", "PAC"), Map.entry("PUT " + C + "/stakeholders/{id}", "C"),
            Map.entry("DELETE " + C + "/stakeholders/{id}", "C"),
            Map.entry("GET " + C + "/stakeholders/{stakeholderId}/contact-points", "AC"),
            Map.entry("POST " + C + "/stakeholders/{stakeholderId}/contact-points", "C"),
            Map.entry("GET " + C + "/stakeholders/{stakeholderId}/contact-points/{id}", "AC"),
            Map.entry("PUT " + C + "/stakeholders/{stakeholderId}/contact-points/{id}", "C"),
            Map.entry("DELETE " + C + "/stakeholders/{stakeholderId}/contact-points/{id}", "C"),
            Map.entry("GET " + C + "/relationships", "AC"), Map.entry("POST " + C + "/relationships", "C"),
            Map.entry("GET " + C + "/relationships/{id}", "AC"), Map.entry("PUT " + C + "/relationships/{id}", "C"),
            Map.entry("DELETE " + C + "/relationships/{id}", "C"),
            Map.entry("GET " + C + "/interactions", "PAC"), Map.entry("POST " + C + "/interactions", "PC"),
            Map.entry("GET " + C + "/interactions/{id}", "PAC"), Map.entry("PUT " + C + "/interactions/{id}", "PC"),
            Map.entry("PUT " + C + "/interactions/{id}/rejection", "C"),
            Map.entry("DELETE " + C + "/interactions/{id}/rejection", "C"),
            Map.entry("GET " + C + "/agenda", "PAC"),
            Map.entry("DELETE " + C + "/interactions/{id}", "C"),
            Map.entry("GET " + C + "/positions", "PAC"), Map.entry("POST " + C + "/positions", "C"),
            Map.entry("GET " + C + "/positions/{id}", "PAC"), Map.entry("PUT " + C + "/positions/{id}", "C"),
            Map.entry("DELETE " + C + "/positions/{id}", "C"),
            Map.entry("GET " + C + "/commitments", "AC"), Map.entry("POST " + C + "/commitments", "C"),
            Map.entry("GET " + C + "/commitments/{id}", "AC"), Map.entry("PUT " + C + "/commitments/{id}", "C"),
            Map.entry("POST " + C + "/commitments/{id}/close", "C"),
            Map.entry("DELETE " + C + "/commitments/{id}", "C"),
            Map.entry("GET " + C + "/press-items", "PAC"), Map.entry("POST " + C + "/press-items", "C"),
            Map.entry("GET " + C + "/press-items/{id}", "PAC"), Map.entry("PUT " + C + "/press-items/{id}", "C"),
            Map.entry("DELETE " + C + "/press-items/{id}", "C"),
            Map.entry("GET " + C + "/milestones", "PAC"), Map.entry("POST " + C + "/milestones", "C"),
            Map.entry("GET " + C + "/milestones/{id}", "PAC"), Map.entry("PUT " + C + "/milestones/{id}", "C"),
            Map.entry("DELETE " + C + "/milestones/{id}", "C"),
            Map.entry("GET " + C + "/follow-ups", "AC"), Map.entry("POST " + C + "/follow-ups", "C"),
            Map.entry("GET " + C + "/follow-ups/{id}", "AC"), Map.entry("PUT " + C + "/follow-ups/{id}", "C"),
            Map.entry("DELETE " + C + "/follow-ups/{id}", "C"),
            Map.entry("POST " + C + "/interactions/import", "C"),
            Map.entry("GET " + C + "/mobilisations", "PAC"), Map.entry("POST " + C + "/mobilisations", "C"),
            Map.entry("GET " + C + "/mobilisations/{id}", "PAC"), Map.entry("PUT " + C + "/mobilisations/{id}", "C"),
            Map.entry("DELETE " + C + "/mobilisations/{id}", "C"),
            Map.entry("GET " + C + "/mobilisations/{id}/counts", "PAC"),
            Map.entry("POST " + C + "/mobilisations/{id}/counts", "C"),
            Map.entry("POST " + C + "/mobilisations/{id}/delivery", "C"),
            Map.entry("GET " + C + "/outreach", "AC"), Map.entry("POST " + C + "/outreach", "C"),
            Map.entry("GET " + C + "/outreach/{id}", "AC"), Map.entry("PUT " + C + "/outreach/{id}", "C"),
            Map.entry("DELETE " + C + "/outreach/{id}", "C"),
            Map.entry("POST " + C + "/outreach/{id}/press-items", "C"),
            Map.entry("GET " + C + "/stakeholders/{stakeholderId}/stewardship", "AC"),
            Map.entry("PUT " + C + "/stakeholders/{stakeholderId}/stewardship", "C"),
            Map.entry("GET " + C + "/stakeholders/{stakeholderId}/access", "AC"),
            Map.entry("POST " + C + "/stakeholders/{stakeholderId}/access", "C"),
            Map.entry("GET " + C + "/stakeholders/{stakeholderId}/access/{id}", "AC"),
            Map.entry("DELETE " + C + "/stakeholders/{stakeholderId}/access/{id}", "C"),
            Map.entry("GET " + C + "/relationships-due", "AC"),
            Map.entry("GET " + C + "/ledger", "AC"), Map.entry("GET " + C + "/coverage", "AC"),
            Map.entry("GET " + C + "/status", "AC"), Map.entry("GET " + C + "/calendar.ics", "AC"),
            Map.entry("GET " + C + "/stakeholders/{id}/briefing", "AC"),
            Map.entry("GET " + C + "/resource-document", "AC"), Map.entry("GET " + C + "/hatvp", "AC"),
            Map.entry("GET " + C + "/testimonies", "PAC"), Map.entry("POST " + C + "/testimonies", "C"),
            Map.entry("GET " + C + "/testimonies/{id}", "PAC"), Map.entry("PUT " + C + "/testimonies/{id}", "C"),
            Map.entry("DELETE " + C + "/testimonies/{id}", "C"),
            Map.entry("POST " + C + "/testimonies/{testimonyId}/consents", "C"),
            Map.entry("POST " + C + "/testimonies/{testimonyId}/consents/withdrawal", "C"),
            Map.entry("GET " + C + "/testimonies/{testimonyId}/identity", "AC"),
            Map.entry("POST " + C + "/testimonies/{testimonyId}/identity", "C"),
            Map.entry("GET " + C + "/members", "AC"), Map.entry("POST " + C + "/members", "C"),
            Map.entry("GET " + C + "/members/{id}", "AC"), Map.entry("PUT " + C + "/members/{id}", "C"),
            Map.entry("POST " + C + "/members/{id}/leave", "C"), Map.entry("DELETE " + C + "/members/{id}/leave", "C"),
            Map.entry("DELETE " + C + "/members/{id}", "C"), Map.entry("GET " + C + "/tokens", "C"),
            Map.entry("GET " + C + "/members/{id}/digest", "AC"),
            Map.entry("GET " + C + "/trainings", "AC"), Map.entry("POST " + C + "/trainings", "C"),
            Map.entry("GET " + C + "/trainings/{id}", "AC"), Map.entry("PUT " + C + "/trainings/{id}", "C"),
            Map.entry("DELETE " + C + "/trainings/{id}", "C"),
            Map.entry("GET " + C + "/publication", "AC"), Map.entry("PUT " + C + "/publication", "C"),
            Map.entry("GET " + C + "/publication/preview", "AC"),
            Map.entry("PUT " + C + "/publication/{kind}/{id}", "C"),
            Map.entry("DELETE " + C + "/publication/{kind}/{id}", "C")));

    /**
     * Every item with PUT takes a merge-patch PATCH, allowed to the same roles; the publication's PUTs set a state
     * whole (open or not, marked or not), so they have none.
     */
    private static Map<String, String> withPatches(Map<String, String> table) {
        Map<String, String> all = new TreeMap<>(table);
        table.forEach((route, roles) -> {
            if (route.startsWith("PUT ") && !route.contains("/publication")) {
                all.put("PATCH " + route.substring(4), roles);
            }
        });
        return all;
    }

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture own;
    private static ApiFixture other;
    private static List<Route> routes;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        own = new ApiFixture(tracker, "caf-2023");
        other = new ApiFixture(tracker, "france-travail");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
        routes = Route.of(new TrackerApplication(tracker));
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void everyRegisteredRouteHasAnEntry() {
        List<String> registered = routes.stream().map(Route::key).sorted().distinct().toList();
        assertThat(registered).containsExactlyElementsOf(EXPECTED.keySet());
    }

    @Test
    void theAnnotationsSayWhatTheTableSays() {
        for (Route route : routes) {
            String expected = EXPECTED.get(route.key());
            if ("public".equals(expected)) {
                assertThat(route.handler().isAnnotationPresent(Public.class)
                        || route.handler().getDeclaringClass().isAnnotationPresent(Public.class))
                        .as(route.key()).isTrue();
            } else {
                Allow allow = route.handler().getAnnotation(Allow.class);
                assertThat(allow).as(route.key() + " has @Allow").isNotNull();
                assertThat(EnumSet.copyOf(List.of(allow.value()))).as(route.key()).isEqualTo(roles(expected));
            }
        }
    }

    @Test
    void everyRoleOnEveryRouteOfItsOwnAndAnotherCampaign() {
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            String expected = EXPECTED.get(route.key());
            if ("public".equals(expected)) {
                continue;
            }
            check(failures, route, null, own, 401);
            for (Role role : Role.values()) {
                int ownStatus = send(route, own.tokens.get(role), own).statusCode();
                boolean allowed = roles(expected).contains(role);
                if (allowed ? Set.of(401, 403, 404, 405, 500).contains(ownStatus) : ownStatus != 403) {
                    failures.add(route.key() + " as " + role + " on own campaign: " + ownStatus);
                }
                // Another campaign's slug is 404 for every role, allowed or not: no existence leak.
                if (route.path().contains("{slug}")) {
                    check(failures, route, own.tokens.get(role), other, 404);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anotherCampaignsObjectUnderOwnSlugIsNotFound() {
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            if (!route.path().endsWith("{id}") || !route.method().equals("GET")) {
                continue;
            }
            String path = fill(route.path(), own).replace("{id}", String.valueOf(other.idFor(collection(route))));
            int status = http.get(path, own.tokens.get(Role.COORDINATOR)).statusCode();
            if (status != 404) {
                failures.add(route.key() + ": " + status);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCampaignListHoldsTheTokensCampaignOnly() {
        HttpResponse<String> r = http.get("/api/v1/campaigns", own.tokens.get(Role.PARTNER));
        assertThat(Http.json(r).findValuesAsText("slug")).containsExactly("caf-2023");
    }

    @Test
    void aMissingOrBadTokenIsAChallenge() {
        String path = "/api/v1/campaigns/caf-2023/progress";
        HttpResponse<String> none = http.get(path, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"campaign-tracker\"");
        assertThat(none.headers().firstValue("Content-Type")).contains("application/problem+json");
        for (String bad : List.of("nonsense", "ct_AAAAAAAAAAAA_" + "B".repeat(43), own.tokens.get(Role.PARTNER) + "x")) {
            HttpResponse<String> r = http.get(path, bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");
        }
        HttpResponse<String> basic = http.send("GET", path, null, null, Map.of("Authorization", "Basic dTpw"));
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    private static void check(List<String> failures, Route route, String token, ApiFixture target, int expected) {
        int status = send(route, token, target).statusCode();
        if (status != expected) {
            failures.add(route.key() + (token == null ? " without token" : " on another campaign") + ": " + status);
        }
    }

    /** An empty JSON object for writes: enough to pass routing, never enough to change anything. */
    private static HttpResponse<String> send(Route route, String token, ApiFixture target) {
        String path = fill(route.path(), target);
        if (path.contains("{id}")) {
            path = path.replace("{id}", String.valueOf(target.idFor(collection(route))));
        }
        String body = route.method().equals("GET") || route.method().equals("DELETE") ? null : "{}";
        return http.send(route.method(), path, token, body, route.method().equals("PATCH")
                ? Map.of("Content-Type", "application/merge-patch+json") : Map.of());
    }

    private static String fill(String template, ApiFixture target) {
        String path = template;
        for (Map.Entry<String, String> e : target.pathValues().entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        return path;
    }

    private static String collection(Route route) {
        if (!route.path().contains("{id}")) {
            throw new IllegalArgumentException(route.key());
        }
        return ApiFixture.collectionOf(route.path());
    }

    private static Set<Role> roles(String letters) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (char ch : letters.toCharArray()) {
            roles.add(switch (ch) {
                case 'P' -> Role.PARTNER;
                case 'A' -> Role.ADVISER;
                case 'C' -> Role.COORDINATOR;
                default -> throw new IllegalArgumentException(letters);
            });
        }
        return roles;
    }
}
