package org.campaigntracker.api.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.api.docs.Route;

/**
 * JSON objects built from fuzzer bytes with the field names a route's body type declares, so that inputs reach
 * the validation of each field instead of stopping at "unknown property".
 */
final class FuzzedJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FuzzedJson() {
    }

    /** The record components of the route's entity parameter (the one without annotations), if it has one. */
    static List<String> fieldsOf(Route route) {
        List<String> names = new ArrayList<>();
        for (Parameter p : route.handler().getParameters()) {
            if (p.getAnnotations().length == 0 && p.getType().isRecord()) {
                for (RecordComponent c : p.getType().getRecordComponents()) {
                    names.add(c.getName());
                }
            }
        }
        return names;
    }

    static String object(FuzzedDataProvider data, List<String> fields) {
        ObjectNode object = JSON.objectNode();
        int count = data.consumeInt(0, fields.size() + 1);
        for (int i = 0; i < count; i++) {
            String name = fields.isEmpty() || data.consumeInt(0, 9) == 0 ? data.consumeString(12)
                    : fields.get(data.consumeInt(0, fields.size() - 1));
            object.set(name, value(data, 2));
        }
        return object.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode value(FuzzedDataProvider data, int depth) {
        return switch (data.consumeInt(0, depth > 0 ? 7 : 5)) {
            case 0 -> JSON.nullNode();
            case 1 -> JSON.booleanNode(data.consumeBoolean());
            case 2 -> JSON.numberNode(data.consumeLong());
            case 3 -> JSON.numberNode(data.consumeDouble());
            case 4 -> JSON.textNode(data.consumeString(80));
            case 5 -> JSON.textNode(java.time.LocalDate.ofEpochDay(data.consumeInt(-1_000_000, 1_000_000)).toString());
            case 6 -> {
                ArrayNode array = JSON.arrayNode();
                int n = data.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    array.add(value(data, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode nested = JSON.objectNode();
                nested.set(data.consumeString(8), value(data, depth - 1));
                yield nested;
            }
        };
    }
}
