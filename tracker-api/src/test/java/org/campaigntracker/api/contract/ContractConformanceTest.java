package org.campaigntracker.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.api.contract.Contract.Operation;
import org.campaigntracker.api.contract.Variants.Expect;
import org.campaigntracker.api.contract.Variants.Variant;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server answers exactly as its contract says. Requests are made from the served openapi.json (its operations,
 * parameters, bounds, enums and body schemas, see {@link Variants}); every answer must have a documented status,
 * a documented content type, and a body that validates against the documented schema; and the status must be the
 * one the schema implies (success, 422, or 400 for a body of the wrong types). Fails when either side changes alone.
 */
class ContractConformanceTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static Contract contract;
    private static int witnesses;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults());
        http = new Http(server.baseUri());
        contract = new Contract(Http.json(http.get("/api/v1/openapi.json", null)));
        // The public page is read as documented only once there is something public to read.
        tracker.publish().mark(caf.campaignId, PublicKind.commitment, caf.ids.get("commitment"), true);
        tracker.publish().mark(caf.campaignId, PublicKind.position, caf.ids.get("position"), true);
        tracker.publish().mark(caf.campaignId, PublicKind.press, caf.ids.get("pressItem"), true);
        tracker.publish().mark(caf.campaignId, PublicKind.milestone, caf.ids.get("milestone"), true);
        tracker.publish().publish(caf.campaignId);
        // Theme positions are unique: free both ends of the documented range (1–1000) for the edge values.
        String theme = caf.concretePath("/api/v1/campaigns/{slug}/themes/") + caf.ids.get("theme");
        http.send("PATCH", theme, caf.tokens.get(Role.COORDINATOR), "{\"position\": 500}",
                Map.of("Content-Type", "application/merge-patch+json", "If-Match", etag(theme)));
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void everyReadAnswersEveryRoleAsDocumented() {
        List<String> problems = new ArrayList<>();
        for (Operation op : contract.operations()) {
            if (!op.method().equals("GET")) {
                continue;
            }
            String path = caf.concretePath(op.path()) + requiredQuery(op);
            for (Role role : Role.values()) {
                HttpResponse<String> r = send(op, path, role, null, Map.of(), problems);
                if (role == Role.COORDINATOR && r.statusCode() != 200 && r.statusCode() != 308) {
                    problems.add(op.key() + ": the coordinator got " + r.statusCode());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void queryParametersAnswerAsTheirSchemasSay() {
        List<String> problems = new ArrayList<>();
        for (Operation op : contract.operations()) {
            if (!op.method().equals("GET") || !op.path().startsWith("/api/v1/campaigns")) {
                continue;
            }
            String path = caf.concretePath(op.path());
            String required = requiredQuery(op);
            for (JsonNode p : contract.parameters(op)) {
                if (!p.path("in").asText().equals("query") || p.path("name").asText().equals("token")) {
                    continue;
                }
                String name = p.get("name").asText();
                JsonNode schema = contract.resolve(p.get("schema"));
                for (Map.Entry<String, Integer> probe : Variants.queryProbes(schema).entrySet()) {
                    String query = required.isEmpty() ? "?" : required + "&";
                    if (required.contains(name + "=")) {
                        query = "?";
                    }
                    HttpResponse<String> r = send(op, path + query + name + "="
                            + URLEncoder.encode(probe.getKey(), StandardCharsets.UTF_8), Role.COORDINATOR, null,
                            Map.of(), problems);
                    if (r.statusCode() != probe.getValue()) {
                        problems.add(op.key() + "?" + name + "=" + probe.getKey() + ": " + r.statusCode()
                                + ", the contract says " + probe.getValue());
                    }
                }
            }
            HttpResponse<String> unknown = send(op, path + (required.isEmpty() ? "?" : required + "&")
                    + "nonsense=1", Role.COORDINATOR, null, Map.of(), problems);
            if (unknown.statusCode() != 400) {
                problems.add(op.key() + "?nonsense=1: " + unknown.statusCode());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void writesAnswerAsTheirBodySchemasSay() {
        List<String> problems = new ArrayList<>();
        Map<String, ObjectNode> bases = BaseBodies.of(caf);
        for (Operation op : contract.operations()) {
            JsonNode schema = contract.requestSchema(op, "application/json");
            if (!op.method().equals("POST") || schema == null) {
                continue;
            }
            if (!bases.containsKey(op.id())) {
                problems.add(op.key() + ": no valid body in BaseBodies to vary");
                continue;
            }
            for (Variant v : Variants.of(contract, schema, bases.get(op.id()))) {
                if (v.expect() == Expect.OUT_OF_DATE_RANGE) {
                    continue;
                }
                post(op, v, schema, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Dates outside 1900-01-01..2100-12-31, as the contract documents them: refused with 422. */
    @Test
    void datesOutsideTheDocumentedRangeAreRefused() {
        List<String> problems = new ArrayList<>();
        Map<String, ObjectNode> bases = BaseBodies.of(caf);
        for (Operation op : contract.operations()) {
            if (op.method().equals("POST") && bases.containsKey(op.id())) {
                JsonNode schema = contract.requestSchema(op, "application/json");
                Variants.of(contract, schema, bases.get(op.id())).stream()
                        .filter(v -> v.expect() == Expect.OUT_OF_DATE_RANGE)
                        .forEach(v -> post(op, v, schema, problems));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void updatesPatchesAndTheirPreconditionsAnswerAsDocumented() {
        List<String> problems = new ArrayList<>();
        Map<String, ObjectNode> bases = BaseBodies.of(caf);
        for (Operation op : contract.operations()) {
            boolean put = op.id().startsWith("update");
            if (!put && !op.id().startsWith("patch")) {
                continue;
            }
            String path = caf.concretePath(op.path());
            String create = "create" + op.id().substring(put ? 6 : 5);
            ObjectNode body = put ? bases.getOrDefault(create, bases.get("updateCampaign")).deepCopy()
                    : patchOf(op);
            Map<String, String> type = Map.of("Content-Type",
                    put ? "application/json" : "application/merge-patch+json");
            expect(op, send(op, path, Role.COORDINATOR, body.toString(), type, problems), 428, problems);
            expect(op, send(op, path, Role.COORDINATOR, body.toString(), with(type, "If-Match", "\"v999\""), problems),
                    412, problems);
            expect(op, send(op, path, Role.PARTNER, body.toString(), with(type, "If-Match", etag(path)), problems),
                    403, problems);
            expect(op, send(op, path, Role.COORDINATOR, body.toString(), with(type, "If-Match", etag(path)), problems),
                    200, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void refusalsOfEveryOperationAreDocumentedProblems() {
        List<String> problems = new ArrayList<>();
        for (Operation op : contract.operations()) {
            if (!op.path().startsWith("/api/v1/campaigns/")) {
                continue;
            }
            String path = caf.concretePath(op.path()) + requiredQuery(op);
            String body = op.method().equals("GET") || op.method().equals("DELETE") ? null : "{}";
            Map<String, String> type = op.method().equals("PATCH")
                    ? Map.of("Content-Type", "application/merge-patch+json") : Map.of();
            expect(op, send(op, path, null, body, type, problems), 401, problems);
            if (op.path().endsWith("{id}") && !op.method().equals("POST")) {
                String missing = caf.concretePath(op.path().substring(0, op.path().length() - 4)) + "999999";
                expect(op, send(op, missing, Role.COORDINATOR, body, with(type, "If-Match", "*"), problems), 404,
                        problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private void post(Operation op, Variant v, JsonNode schema, List<String> problems) {
        String path = caf.concretePath(op.path());
        Map<String, String> headers = new HashMap<>();
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        if (op.id().equals("closeCommitment")) {
            // closing is not allowed before the commitment was made: made on the first day the contract allows
            String created = Http.json(http.send("POST", caf.concretePath("/api/v1/campaigns/{slug}/commitments"),
                    coordinator, BaseBodies.of(caf).get("createCommitment").put("madeOn", "1900-01-01").toString(),
                    Map.of()))
                    .get("id").asText();
            path = path.replace("/" + caf.ids.get("commitment") + "/", "/" + created + "/");
            headers.put("If-Match", etag(ApiFixture.itemOf(path)));
        }
        if (op.id().equals("leaveMember")) {
            // each variant on a member of its own: leaving changes the member's version
            String created = Http.json(http.send("POST", caf.concretePath("/api/v1/campaigns/{slug}/members"),
                    coordinator, BaseBodies.of(caf).get("createMember").put("name", "Membre " + System.nanoTime())
                            .toString(), Map.of())).get("id").asText();
            path = path.replace("/" + caf.ids.get("member") + "/", "/" + created + "/");
            headers.put("If-Match", etag(ApiFixture.itemOf(path)));
        }
        if (op.id().equals("deliverMobilisation")) {
            // a delivery is not allowed before the launch: on a mobilisation of its own launched on the first day
            String created = Http.json(http.send("POST", caf.concretePath("/api/v1/campaigns/{slug}/mobilisations"),
                    coordinator, BaseBodies.of(caf).get("createMobilisation").put("launchedOn", "1900-01-01")
                            .put("title", "Remise " + ++witnesses).toString(), Map.of())).get("id").asText();
            path = path.replace("/" + caf.ids.get("mobilisation") + "/", "/" + created + "/");
        }
        if (op.id().equals("withdrawConsents")) {
            // a withdrawal needs a consent for that use given on or before it: on a testimony of its own, so that
            // the consents other variants gave do not count
            String testimony = Http.json(http.send("POST", caf.concretePath("/api/v1/campaigns/{slug}/testimonies"),
                    coordinator, BaseBodies.of(caf).get("createTestimony").put("pseudonym", "Témoin " + ++witnesses)
                            .toString(), Map.of())).get("id").asText();
            path = path.replace("/" + caf.ids.get("testimony") + "/", "/" + testimony + "/");
            String use = v.body().path("use").asText();
            http.send("POST", path.replace("/withdrawal", ""), coordinator, "{\"use\": \""
                    + (use.isEmpty() || use.startsWith("zz") ? "press" : use) + "\", \"givenOn\": \"1900-01-01\"}",
                    Map.of());
        }
        int success = op.id().startsWith("create") ? 201 : 200;
        int expected = switch (v.expect()) {
            case MALFORMED -> 400;
            case OUT_OF_DATE_RANGE -> 422;
            case AS_SCHEMA_SAYS -> contract.violations(schema, v.body()).isEmpty()
                    && contract.orderViolations(schema, v.body()).isEmpty() ? success : 422;
        };
        HttpResponse<String> r = send(op, path, Role.COORDINATOR, v.body().toString(), headers, problems);
        if (r.statusCode() != expected) {
            problems.add(op.key() + " " + v.description() + ": " + r.statusCode() + ", the contract says " + expected
                    + " " + contract.violations(schema, v.body()) + " " + r.body());
        }
        if (r.statusCode() == 201) {
            String location = r.headers().firstValue("Location").orElseThrow();
            String item = location.substring(location.indexOf("/api/"));
            Operation delete = contract.operation("delete" + op.id().substring(6));
            expect(delete, send(delete, item, Role.COORDINATOR, null,
                    Map.of("If-Match", r.headers().firstValue("ETag").orElseThrow()), problems), 204, problems);
        }
    }

    private HttpResponse<String> send(Operation op, String path, Role role, String body, Map<String, String> headers,
                                      List<String> problems) {
        HttpResponse<String> r = http.send(op.method(), path, role == null ? null : caf.tokens.get(role), body,
                headers);
        problems.addAll(contract.disagreements(op, r));
        return r;
    }

    private static void expect(Operation op, HttpResponse<String> r, int status, List<String> problems) {
        if (r.statusCode() != status) {
            problems.add(op.key() + ": " + r.statusCode() + " where " + status + " was expected: " + r.body());
        }
    }

    /** The query an operation cannot do without (a target for map paths, a year for HATVP). */
    private static String requiredQuery(Operation op) {
        return contract.parameters(op).stream().filter(p -> p.path("required").asBoolean()
                        && p.path("in").asText().equals("query"))
                .map(p -> p.get("name").asText() + "=" + (p.path("schema").has("minimum")
                        ? p.path("schema").get("minimum").asText() : caf.ids.get("stakeholder")))
                .reduce((a, b) -> a + "&" + b).map(q -> "?" + q).orElse("");
    }


    private static String etag(String path) {
        return http.get(path, caf.tokens.get(Role.COORDINATOR)).headers().firstValue("ETag").orElseThrow();
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new HashMap<>(headers);
        all.put(name, value);
        return all;
    }

    /** A merge patch that changes one field every item of the kind has. */
    private ObjectNode patchOf(Operation op) {
        JsonNode schema = contract.resolve(contract.requestSchema(op, "application/merge-patch+json"));
        ObjectNode patch = ObjectMapperProvider.shared().createObjectNode();
        for (String field : List.of("title", "name", "description", "pseudonym", "value", "notes", "note")) {
            if (schema.path("properties").has(field)) {
                return patch.put(field, "Changé par un patch");
            }
        }
        if (schema.path("properties").has("cadenceDays")) {
            return patch.put("cadenceDays", 45);
        }
        throw new IllegalStateException("no text field to patch in " + op.key());
    }
}
