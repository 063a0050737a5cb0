package org.campaigntracker.api.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.docs.Route;
import org.campaigntracker.core.access.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One fuzz test per kind of input a route takes: its JSON body, its path parameters, its query parameters and the
 * headers it reads. Each input picks a route among those the application registers (bodies are sent as the
 * coordinator, who may write; the other inputs with any role's token); every answer is checked by
 * {@link ApiUnderFuzz#check}.
 */
class ApiFuzzTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final List<String> WRITES = List.of("POST", "PUT", "PATCH");
    private static ApiUnderFuzz api;

    @BeforeAll
    static void start() {
        api = new ApiUnderFuzz();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"{", "}", "[", "]", "\"", ":", ",", "null", "true", "2023-01-17", "17/01/2023",
            "meeting", "direct_target", "committed_verbally", "works_for", "email", "\\u0000", "1e999", "-1"})
    void bodies(FuzzedDataProvider data) {
        loopbackOnly();
        List<Route> writes = api.routes.stream().filter(r -> WRITES.contains(r.method())).toList();
        Route route = writes.get(data.consumeInt(0, writes.size() - 1));
        String path = api.path(route, Map.of());
        Map<String, String> headers = new HashMap<>();
        if (!route.method().equals("POST") || ApiFixture.isAction(path)) {
            api.currentEtag(path).ifPresent(etag -> headers.put("If-Match", etag));
        }
        String body = data.consumeBoolean() ? FuzzedJson.object(data, FuzzedJson.fieldsOf(route))
                : data.consumeRemainingAsString();
        api.check(route.method(), path, api.fixture().tokens.get(Role.COORDINATOR), body, headers);
    }

    @FuzzTest(maxDuration = "5m")
    void pathParameters(FuzzedDataProvider data) {
        loopbackOnly();
        Route route = api.routes.get(data.consumeInt(0, api.routes.size() - 1));
        Map<String, String> values = new HashMap<>();
        Matcher m = VARIABLE.matcher(route.path());
        while (m.find()) {
            if (data.consumeBoolean()) {
                values.put(m.group(1), ApiUnderFuzz.encode(data.consumeString(40)));
            }
        }
        String body = WRITES.contains(route.method()) ? "{}" : null;
        api.check(route.method(), api.path(route, values), token(data), body, Map.of());
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"limit", "offset", "from", "to", "kind", "demand", "theme", "stakeholder", "open",
            "2023-01-17", "100", "101", "-1", "9223372036854775808", "true"})
    void queryParameters(FuzzedDataProvider data) {
        loopbackOnly();
        List<Route> reads = api.routes.stream().filter(r -> r.method().equals("GET")).toList();
        Route route = reads.get(data.consumeInt(0, reads.size() - 1));
        List<String> names = queryParameterNames(route);
        StringBuilder query = new StringBuilder();
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
            String name = names.isEmpty() || data.consumeBoolean() ? data.consumeString(10)
                    : names.get(data.consumeInt(0, names.size() - 1));
            query.append(i == 0 ? "?" : "&").append(ApiUnderFuzz.encode(name)).append('=')
                    .append(ApiUnderFuzz.encode(data.consumeString(30)));
        }
        api.check("GET", api.path(route, Map.of()) + query, token(data), null, Map.of());
    }

    @FuzzTest(maxDuration = "5m")
    @DictionaryEntries({"\"v1\"", "W/\"v1\"", "*", "fr-FR", "en;q=0.5", "application/json",
            "application/problem+json", "text/html", "Bearer ct_", "charset=latin1"})
    void headers(FuzzedDataProvider data) {
        loopbackOnly();
        Route route = api.routes.get(data.consumeInt(0, api.routes.size() - 1));
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("If-Match", "If-None-Match", "Accept", "Accept-Language", "Content-Type")) {
            if (data.consumeBoolean()) {
                headers.put(name, headerValue(data));
            }
        }
        String token = data.consumeBoolean() ? token(data) : headerValue(data);
        String body = WRITES.contains(route.method()) ? "{\"title\":\"Relancer\"}" : null;
        api.check(route.method(), api.path(route, Map.of()), token.isEmpty() ? null : token, body, headers);
    }

    /**
     * Jazzer reports any connection as a possible SSRF; these tests talk to their own server and database only.
     * The setting is global and only exists once a fuzz test runs, hence here rather than in {@code start()}.
     */
    private static void loopbackOnly() {
        BugDetectors.allowNetworkConnections((host, port) -> host.equals("127.0.0.1") || host.equals("localhost"));
    }

    private static String token(FuzzedDataProvider data) {
        return api.fixture().tokens.get(data.pickValue(Role.values()));
    }

    /** Header values the HTTP client can send: printable ASCII (it refuses control characters itself). */
    private static String headerValue(FuzzedDataProvider data) {
        return data.consumeAsciiString(60).replaceAll("[^\\x20-\\x7e]", "").strip();
    }

    private static List<String> queryParameterNames(Route route) {
        List<String> names = new ArrayList<>();
        for (Parameter p : route.handler().getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
        }
        return names;
    }
}
