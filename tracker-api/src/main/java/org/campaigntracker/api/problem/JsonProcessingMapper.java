package org.campaigntracker.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not valid JSON, or not of the expected shape, becomes 400. */
@Provider
public final class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        String detail = e instanceof UnrecognizedPropertyException u
                ? "unknown field “" + u.getPropertyName() + "”"
                : "the body is not valid JSON for this resource: " + e.getOriginalMessage();
        return Problem.of(Response.Status.BAD_REQUEST, "malformed-body", detail).toResponse();
    }
}
