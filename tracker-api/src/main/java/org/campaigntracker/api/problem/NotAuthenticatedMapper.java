package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.api.security.NotAuthenticatedException;

/**
 * 401 with the RFC 6750 challenge. The detail is the same for unknown, expired and revoked tokens: telling them
 * apart would help someone guessing tokens.
 */
@Provider
public final class NotAuthenticatedMapper implements ExceptionMapper<NotAuthenticatedException> {

    @Override
    public Response toResponse(NotAuthenticatedException e) {
        String challenge = e.tokenPresented()
                ? "Bearer realm=\"campaign-tracker\", error=\"invalid_token\""
                : "Bearer realm=\"campaign-tracker\"";
        String detail = e.tokenPresented()
                ? "the token is malformed, unknown, expired or revoked; ask a coordinator for a new one"
                : "send a token: Authorization: Bearer ct_…";
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "unauthenticated", detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
