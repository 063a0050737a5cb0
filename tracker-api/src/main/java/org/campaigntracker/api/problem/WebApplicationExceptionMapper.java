package org.campaigntracker.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Jersey's own errors (unknown route, 405, 406, 415…) in problem+json, keeping their status and headers. */
@Provider
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.getEntity() instanceof Problem) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String slug = status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Problem problem = Problem.of(status.getStatusCode(), status.getReasonPhrase(), slug, detail(status.getStatusCode()));
        Response.ResponseBuilder builder = Response.status(status.getStatusCode()).type(Problem.MEDIA).entity(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "no resource at this address";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "this resource cannot produce the requested media type; ask for application/json";
            case 415 -> "this media type is not accepted; send application/json";
            case 413 -> "the request body is too large";
            default -> "the request could not be processed";
        };
    }
}
