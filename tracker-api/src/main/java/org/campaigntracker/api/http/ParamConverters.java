package org.campaigntracker.api.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.campaigntracker.api.problem.Problem;

/**
 * Query and path values as dates and numbers. Jersey's own conversion answers a bad query value with 404, which
 * sends a client looking for a missing resource; here a bad value is a 400 problem naming the expected form.
 */
public final class ParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(LocalDate::parse, "a date like 2023-01-17");
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) converter(Long::valueOf, "a whole number");
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(Integer::valueOf, "a whole number");
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(Function<String, T> parse, String expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (NumberFormatException | DateTimeParseException e) {
                    throw new WebApplicationException(Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST,
                            "bad-parameter", "“" + value + "” is not " + expected).toResponse());
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
