package org.campaigntracker.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.campaigntracker.api.json.ObjectMapperProvider;

/**
 * The served OpenAPI document as a test oracle: its operations, the answers each documents, and its schemas as JSON
 * Schema 2020-12 validators (formats asserted), so an answer either matches what the contract says or is reported.
 */
final class Contract {

    record Operation(String method, String path, JsonNode node) {
        String key() {
            return method + " " + path;
        }

        String id() {
            return node.path("operationId").asText();
        }
    }

    private final JsonNode doc;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    Contract(JsonNode doc) {
        this.doc = doc;
    }

    List<Operation> operations() {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (!op.getKey().equals("parameters")) {
                    ops.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            });
        }
        return ops;
    }

    Operation operation(String operationId) {
        return operations().stream().filter(o -> o.id().equals(operationId)).findFirst().orElseThrow();
    }

    /** The node a {@code $ref} points to, followed until it is no reference. */
    JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        while (n != null && n.has("$ref")) {
            n = doc.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    /** Path-level and operation-level parameters, resolved. */
    List<JsonNode> parameters(Operation op) {
        List<JsonNode> all = new ArrayList<>();
        doc.get("paths").get(op.path()).path("parameters").forEach(p -> all.add(resolve(p)));
        op.node().path("parameters").forEach(p -> all.add(resolve(p)));
        return all;
    }

    /** The request body schema for a media type, or null. */
    JsonNode requestSchema(Operation op, String mediaType) {
        return op.node().path("requestBody").path("content").path(mediaType).get("schema");
    }

    /** Messages for each way an instance breaks a schema (a node of the contract, {@code $ref}s allowed). */
    List<String> violations(JsonNode schema, JsonNode instance) {
        JsonSchema validator = schemas.computeIfAbsent(schema.toString(), k -> {
            ObjectNode wrapper = ((ObjectNode) schema.deepCopy());
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.set("components", doc.get("components"));
            return factory.getSchema(wrapper, config);
        });
        return validator.validate(instance).stream().map(ValidationMessage::getMessage).toList();
    }

    /**
     * Dates a body gives out of the order the contract states with {@code x-not-before} (a property naming another
     * date of the same body that it may not precede), which JSON Schema cannot say.
     */
    List<String> orderViolations(JsonNode schema, JsonNode body) {
        List<String> out = new ArrayList<>();
        resolve(schema).path("properties").fields().forEachRemaining(p -> {
            String other = p.getValue().path("x-not-before").asText();
            if (!other.isEmpty() && body.hasNonNull(p.getKey()) && body.hasNonNull(other)
                    && body.get(p.getKey()).asText().compareTo(body.get(other).asText()) < 0) {
                out.add(p.getKey() + " before " + other);
            }
        });
        return out;
    }

    /**
     * What is wrong with an answer to an operation: a status it does not document, a content type it does not list
     * for that status, or a JSON body its schema refuses. Empty when the answer is as documented.
     */
    List<String> disagreements(Operation op, HttpResponse<String> answer) {
        String where = op.key() + " → " + answer.statusCode() + ": ";
        JsonNode documented = op.node().get("responses").get(String.valueOf(answer.statusCode()));
        if (documented == null) {
            return List.of(where + "status not documented " + abbreviated(answer.body()));
        }
        JsonNode content = resolve(documented).get("content");
        if (answer.body().isEmpty() || answer.statusCode() == 204 || answer.statusCode() == 304) {
            return List.of();
        }
        String type = answer.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        if (content == null || !content.has(type)) {
            return List.of(where + "content type " + type + " not documented");
        }
        JsonNode schema = content.get(type).get("schema");
        if (schema == null || !type.endsWith("json")) {
            return List.of();
        }
        JsonNode body;
        try {
            body = ObjectMapperProvider.shared().readTree(answer.body());
        } catch (java.io.IOException e) {
            return List.of(where + "not JSON: " + abbreviated(answer.body()));
        }
        return violations(schema, body).stream().map(v -> where + v + " in " + abbreviated(answer.body())).toList();
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
