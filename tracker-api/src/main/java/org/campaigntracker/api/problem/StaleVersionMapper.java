package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.core.common.StaleVersionException;

/** An update based on an old version becomes 412: the client must read again. */
@Provider
public final class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(StaleVersionException e) {
        return Problem.of(Response.Status.PRECONDITION_FAILED, "stale-version", e.message(RequestLocale.of(headers)))
                .toResponse();
    }
}
