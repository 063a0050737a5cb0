package org.campaigntracker.api.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A body that is not valid JSON, or not of the expected shape, becomes 400, in the client's language. The detail
 * names the field as the body names it and never the server's own types (Jackson's message would say
 * {@code java.util.ArrayList<java.lang.Long>}).
 */
@Provider
public final class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonProcessingException e) {
        boolean fr = RequestLocale.of(headers).equals(Locale.FRENCH);
        String detail;
        if (e instanceof UnrecognizedPropertyException u) {
            detail = (fr ? "champ inconnu « " : "unknown field “") + path(u) + (fr ? " »" : "”");
        } else if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            detail = fr ? "la valeur de « " + path(m) + " » n’a pas le bon type"
                    : "the value of “" + path(m) + "” has the wrong type";
        } else {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? ""
                    : (fr ? " (ligne " : " (line ") + at.getLineNr() + (fr ? ", colonne " : ", column ")
                            + at.getColumnNr() + ")";
            detail = (fr ? "le corps n’est pas un JSON valable pour cette ressource"
                    : "the body is not valid JSON for this resource") + where;
        }
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-body", detail).toResponse();
    }

    /** {@code participantIds[2]}, {@code debrief.positions[0].level}: as the client wrote it. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }
}
