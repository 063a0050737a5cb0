package org.campaigntracker.api.problem;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.FieldViolation;
import org.campaigntracker.core.common.InvalidInputException;

/** Broken field rules become 422 with one entry per field and rule, named as the request's body names them. */
@Provider
public final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    private HttpHeaders headers;

    @Context
    private ResourceInfo resource;

    @Override
    public Response toResponse(InvalidInputException e) {
        Locale locale = RequestLocale.of(headers);
        Set<String> properties = WireNames.bodyProperties(resource);
        List<FieldViolation> violations = e.violations().stream()
                .map(v -> WireNames.of(v, properties)).toList();
        String detail = violations.stream().map(v -> v.message(locale)).collect(Collectors.joining("; "));
        return Problem.of(422, "Unprocessable Content", "invalid-input", detail)
                .withErrors(violations.stream()
                        .map(v -> new Problem.FieldError(v.field(), v.rule(), v.message(locale))).toList())
                .toResponse();
    }
}
