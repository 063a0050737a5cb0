package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 with the limit, so a client knows how far to cut. */
@Provider
public final class PayloadTooLargeMapper implements ExceptionMapper<PayloadTooLargeException> {

    @Override
    public Response toResponse(PayloadTooLargeException e) {
        return Problem.of(413, "Content Too Large", "content-too-large",
                "the request body is larger than " + e.limit() + " bytes").toResponse();
    }
}
