package org.campaigntracker.api.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.InvalidInputException;

/** Reading request values: enum codes in lower case, required bodies and ids, all as field-level 422s. */
public final class Wire {

    private Wire() {
    }

    /** The constant whose lower-case name is {@code code}; null stays null (the draft decides if it is required). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String code, String field) {
        if (code == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(code.strip())) {
                return e;
            }
        }
        throw InvalidInputException.of(field, "unknown_value", code, codes(type));
    }

    public static <E extends Enum<E>> String code(E value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public static long required(Long id, String field) {
        if (id == null) {
            throw InvalidInputException.of(field, "required");
        }
        return id;
    }

    /** An empty body arrives as null: that is a validation problem, not a server error. */
    public static <T> T body(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "required");
        }
        return body;
    }

    private static <E extends Enum<E>> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Wire::code).collect(Collectors.joining(", "));
    }
}
