package org.campaigntracker.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.api.TrackerApplication;
import org.campaigntracker.api.docs.Route;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.jooq.Record;

/**
 * A server over a database of its own with one campaign of the reference case, the routes it registers, and the
 * three properties every answer must have. Routes are read from {@link TrackerApplication}, so routes added later
 * are fuzzed without editing the tests.
 */
final class ApiUnderFuzz implements AutoCloseable {

    /** -Dfuzz.trace=true prints every request and answer: to see what the inputs of a corpus send. */
    private static final boolean TRACE = Boolean.getBoolean("fuzz.trace");

    final Tracker tracker;
    final ApiServer server;
    final Http http;
    final List<Route> routes;
    private ApiFixture fixture;
    private int fixtures;

    ApiUnderFuzz() {
        // Pooled connections: a new connection per query would make fuzzing ten times slower.
        tracker = Tracker.pooled(TestPostgres.freshDatabase(), 4);
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
        routes = Route.of(new TrackerApplication(tracker));
        fixture = new ApiFixture(tracker, "caf-2023");
    }

    ApiFixture fixture() {
        return fixture;
    }

    /** A fuzzed request may succeed and delete a fixture record: later inputs then get a whole campaign again. */
    void renewFixture() {
        fixture = new ApiFixture(tracker, "caf-fuzz-" + ++fixtures);
    }

    /** The route's path with the fixture's records in its variables, except those given. */
    String path(Route route, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(fixture.pathValues());
        values.put("id", String.valueOf(fixture.idFor(ApiFixture.collectionOf(route.path()))));
        values.put("page", "home");
        values.put("name", "app.js");
        values.put("asset", "docs.js");
        values.put("lang", "fr");
        values.putAll(given);
        String path = route.path();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }

    /** The current ETag of the item a PUT, DELETE or close addresses, so the request gets past the If-Match check. */
    Optional<String> currentEtag(String itemPath) {
        return http.get(ApiFixture.itemOf(itemPath), fixture.tokens.get(Role.COORDINATOR))
                .headers().firstValue("ETag");
    }

    /** Row counts of every table and the sum of the campaigns' change counters: what a rejected request keeps. */
    Map<String, Long> state() {
        Map<String, Long> state = new LinkedHashMap<>();
        String counts = tracker.dsl().fetch("select tablename from pg_tables where schemaname = 'public'"
                        + " and tablename not like 'databasechangelog%' order by tablename")
                .getValues(0, String.class).stream()
                .map(t -> "select '" + t + "', count(*) from \"" + t + "\"")
                .collect(Collectors.joining(" union all "));
        for (Record r : tracker.dsl().fetch(counts + " union all select 'revision', coalesce(sum(revision), 0)"
                + " from campaign_revision")) {
            state.put(r.get(0, String.class), r.get(1, Long.class));
        }
        return state;
    }

    /** Sends, then checks the answer: no 5xx; errors are problem+json carrying their status; rejected = unchanged. */
    HttpResponse<String> check(String method, String path, String token, String body, Map<String, String> headers) {
        Map<String, Long> before = state();
        HttpResponse<String> r = http.send(method, path, token, body, headers);
        String what = method + " " + path + " " + headers + " body " + body + " -> " + r.statusCode() + " " + r.body();
        if (TRACE) {
            System.out.println("fuzz: " + what);
        }
        assertThat(r.statusCode()).as(what).isLessThan(500);
        if (r.statusCode() >= 400) {
            assertThat(r.headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(problemStatus(r)).as(what).isEqualTo(r.statusCode());
            assertThat(state()).as("a rejected request changed the database: " + what).isEqualTo(before);
        } else if (r.statusCode() < 300 && method.equals("DELETE")) {
            renewFixture();
        }
        return r;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int problemStatus(HttpResponse<String> r) {
        try {
            JsonNode problem = ObjectMapperProvider.shared().readTree(r.body());
            return problem.path("status").asInt(-1);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        server.close();
        tracker.close();
    }
}
