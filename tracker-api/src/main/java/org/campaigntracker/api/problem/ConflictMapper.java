package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.core.common.ConflictException;

/** A uniqueness or state conflict becomes 409. */
@Provider
public final class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ConflictException e) {
        return Problem.of(Response.Status.CONFLICT, "conflict", e.message(RequestLocale.of(headers))).toResponse();
    }
}
