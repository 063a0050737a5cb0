package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.core.common.NotFoundException;

/** Core's "no such thing" becomes 404. */
@Provider
public final class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.of(Response.Status.NOT_FOUND, "not-found", e.message(RequestLocale.of(headers))).toResponse();
    }
}
