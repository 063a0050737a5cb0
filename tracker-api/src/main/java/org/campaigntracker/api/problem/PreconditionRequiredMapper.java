package org.campaigntracker.api.problem;

import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Response;

/** 428 (RFC 6585) with what to send. */
@Provider
public final class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequiredException> {

    @Override
    public Response toResponse(PreconditionRequiredException e) {
        return Problem.of(428, "Precondition Required", "precondition-required",
                "send If-Match with the ETag of the version you read (GET the item first)").toResponse();
    }
}
