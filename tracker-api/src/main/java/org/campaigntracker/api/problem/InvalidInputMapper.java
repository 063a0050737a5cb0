package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.campaigntracker.core.common.InvalidInputException;

/** Broken field rules become 422 with one entry per field and rule. */
@Provider
public final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(InvalidInputException e) {
        Locale locale = RequestLocale.of(headers);
        return Problem.of(422, "Unprocessable Content", "invalid-input", e.message(locale))
                .withErrors(e.violations().stream()
                        .map(v -> new Problem.FieldError(v.field(), v.rule(), v.message(locale))).toList())
                .toResponse();
    }
}
