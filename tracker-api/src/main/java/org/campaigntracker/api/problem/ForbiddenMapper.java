package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.core.common.ForbiddenException;

/** 403: the role may do this kind of thing, not to this record (a partner and another's interaction). */
@Provider
public final class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "forbidden", e.message(RequestLocale.of(headers))).toResponse();
    }
}
