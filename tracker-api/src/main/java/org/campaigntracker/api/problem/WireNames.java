package org.campaigntracker.api.problem;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.core.common.FieldViolation;

/**
 * Field names as the client wrote them. Core names the fields it checks the way the command line types them
 * ({@code given_on}, {@code participants}); a JSON body has {@code givenOn} and {@code participantIds}. A problem
 * names the property of the body the request sent: the name itself, in camelCase, with {@code Id} or as a list of
 * {@code Ids}, or a known alias. Names that are no property of the body (query parameters, "body") stay as they are.
 */
final class WireNames {

    private static final Map<String, String> ALIASES = Map.of("quoted", "quotedStakeholderIds",
            "testimonies", "testimonyIds", "delivered_on", "on", "delivered_to", "toId", "counted_on", "on");

    private WireNames() {
    }

    /** Rules whose arguments name other fields ("expires_on must not be before given_on"). */
    private static final Set<String> COMPARING = Set.of("not_before", "not_after", "different", "needs");

    /** The violation with its field, and the fields it compares with, named as the body names them. */
    static FieldViolation of(FieldViolation v, Set<String> properties) {
        List<Object> args = COMPARING.contains(v.rule())
                ? v.args().stream().map(a -> a instanceof String s ? (Object) of(s, properties) : a).toList()
                : v.args();
        return new FieldViolation(of(v.field(), properties), v.rule(), args);
    }

    /** The body's property for a field core named, or the name unchanged. */
    static String of(String field, Set<String> properties) {
        if (properties.isEmpty() || properties.contains(field)) {
            return field;
        }
        String camel = camel(field);
        String singular = camel.endsWith("s") ? camel.substring(0, camel.length() - 1) : camel;
        for (String candidate : List.of(camel, camel + "Id", singular + "Ids", ALIASES.getOrDefault(field, ""))) {
            if (properties.contains(candidate)) {
                return candidate;
            }
        }
        return field;
    }

    /** The JSON properties of the matched method's body and of the records nested in it; none without a body. */
    static Set<String> bodyProperties(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Set<String> names = new HashSet<>();
        if (method != null) {
            for (Parameter p : method.getParameters()) {
                if (isEntity(p.getAnnotations())) {
                    collect(p.getParameterizedType(), names, 0);
                }
            }
        }
        return names;
    }

    private static boolean isEntity(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getPackageName().startsWith("jakarta.ws.rs")) {
                return false;
            }
        }
        return true;
    }

    private static void collect(Type type, Set<String> names, int depth) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, names, depth);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && depth < 3) {
            for (RecordComponent component : c.getRecordComponents()) {
                names.add(component.getName());
                collect(component.getGenericType(), names, depth + 1);
            }
        }
    }

    static String camel(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                upper = out.length() > 0;
            } else {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return out.toString();
    }
}
