package org.campaigntracker.api.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests made from the contract's own schemas: from one valid body, one variant per bound, enum value, length
 * limit, required field and type the schema states, each at the edge and just past it. What the server must answer
 * is read from the schema too: a variant the schema accepts must succeed, one it refuses must be 422, and a body
 * that is not even of the declared types (or names an unknown field) must be 400.
 */
final class Variants {

    enum Expect { AS_SCHEMA_SAYS, MALFORMED, OUT_OF_DATE_RANGE }

    record Variant(String description, JsonNode body, Expect expect) {
    }

    static final List<String> DATE_EDGES = List.of("1900-01-01", "2100-12-31");
    static final List<String> DATES_OUTSIDE = List.of("1899-12-31", "2101-01-01");

    private Variants() {
    }

    static List<Variant> of(Contract contract, JsonNode schemaRef, ObjectNode base) {
        JsonNode schema = contract.resolve(schemaRef);
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("as given", base, Expect.AS_SCHEMA_SAYS));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode p = contract.resolve(e.getValue());
            if (e.getValue().path("readOnly").asBoolean() || p.path("readOnly").asBoolean()) {
                continue;
            }
            String type = p.path("type").isArray() ? p.path("type").get(0).asText() : p.path("type").asText();
            if (p.has("enum")) {
                p.get("enum").forEach(v -> out.add(with(base, name, v, name + "=" + v, Expect.AS_SCHEMA_SAYS)));
                out.add(with(base, name, TextNode.valueOf("zz_unknown"), name + " unknown", Expect.AS_SCHEMA_SAYS));
            } else if (type.equals("integer")) {
                for (String bound : List.of("minimum", "maximum")) {
                    if (p.has(bound)) {
                        long v = p.get(bound).asLong();
                        long past = bound.equals("minimum") ? v - 1 : v + 1;
                        out.add(with(base, name, num(v), name + "=" + v, Expect.AS_SCHEMA_SAYS));
                        out.add(with(base, name, num(past), name + "=" + past, Expect.AS_SCHEMA_SAYS));
                    }
                }
                out.add(with(base, name, TextNode.valueOf("abc"), name + " not a number", Expect.MALFORMED));
            } else if (type.equals("string") && "date".equals(p.path("format").asText())) {
                DATE_EDGES.forEach(d -> out.add(with(base, name, TextNode.valueOf(d), name + "=" + d,
                        Expect.AS_SCHEMA_SAYS)));
                DATES_OUTSIDE.forEach(d -> out.add(with(base, name, TextNode.valueOf(d), name + "=" + d,
                        Expect.OUT_OF_DATE_RANGE)));
                out.add(with(base, name, TextNode.valueOf("2024-02-30"), name + " no such day", Expect.MALFORMED));
            } else if (type.equals("string")) {
                String start = base.has(name) ? base.get(name).asText() : "a";
                if (p.has("maxLength")) {
                    int max = p.get("maxLength").asInt();
                    out.add(with(base, name, TextNode.valueOf(padded(start, max)), name + " of " + max + " chars",
                            Expect.AS_SCHEMA_SAYS));
                    out.add(with(base, name, TextNode.valueOf(padded(start, max + 1)),
                            name + " of " + (max + 1) + " chars", Expect.AS_SCHEMA_SAYS));
                }
                if (p.path("minLength").asInt() > 0) {
                    out.add(with(base, name, TextNode.valueOf(""), name + " empty", Expect.AS_SCHEMA_SAYS));
                    out.add(with(base, name, TextNode.valueOf("  \t "), name + " blank", Expect.AS_SCHEMA_SAYS));
                }
            } else if (type.equals("array")) {
                out.add(with(base, name, TextNode.valueOf("x"), name + " not a list", Expect.MALFORMED));
            }
        }
        schema.path("required").forEach(r -> {
            ObjectNode without = base.deepCopy();
            without.remove(r.asText());
            out.add(new Variant("without " + r.asText(), without, Expect.AS_SCHEMA_SAYS));
        });
        out.add(with(base, "nonsense", num(1), "an unknown field", Expect.MALFORMED));
        return out;
    }

    /** Values to try for a query parameter, each with the status the schema implies. */
    static Map<String, Integer> queryProbes(JsonNode schema) {
        Map<String, Integer> probes = new LinkedHashMap<>();
        schema.path("enum").forEach(v -> probes.put(v.asText(), 200));
        if (schema.has("enum")) {
            probes.put("zz_unknown", 422);
        }
        if (schema.path("type").asText().equals("integer")) {
            if (schema.has("minimum")) {
                probes.put(schema.get("minimum").asText(), 200);
                probes.put(String.valueOf(schema.get("minimum").asLong() - 1), 422);
            }
            if (schema.has("maximum")) {
                probes.put(schema.get("maximum").asText(), 200);
                probes.put(String.valueOf(schema.get("maximum").asLong() + 1), 422);
            }
            probes.put("abc", 400);
        }
        if ("date".equals(schema.path("format").asText())) {
            Variants.DATE_EDGES.forEach(d -> probes.put(d, 200));
            probes.put("2024-02-30", 400);
        }
        return probes;
    }

    private static Variant with(ObjectNode base, String field, JsonNode value, String description, Expect expect) {
        ObjectNode body = base.deepCopy();
        body.set(field, value);
        return new Variant(description, body, expect);
    }

    private static JsonNode num(long v) {
        return JsonNodeFactory.instance.numberNode(v);
    }

    /** {@code start} lengthened (or cut) to {@code length} code points, so a pattern it matched still matches. */
    private static String padded(String start, int length) {
        StringBuilder b = new StringBuilder(start.codePointCount(0, start.length()) > length
                ? start.substring(0, start.offsetByCodePoints(0, length)) : start);
        while (b.codePointCount(0, b.length()) < length) {
            b.append('a');
        }
        return b.toString();
    }
}
