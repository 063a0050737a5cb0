package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.core.common.AmbiguousNameException;

/** A name that matches several records becomes 409 with the candidates in the detail. */
@Provider
public final class AmbiguousNameMapper implements ExceptionMapper<AmbiguousNameException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(AmbiguousNameException e) {
        return Problem.of(Response.Status.CONFLICT, "ambiguous-name", e.message(RequestLocale.of(headers))).toResponse();
    }
}
