package org.campaigntracker.api.access;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.access.TokenService;

/**
 * The campaign's tokens, for coordinators: who holds what (the CLI's {@code member show} and {@code member leave} in
 * remote mode count a member's tokens from it). Tokens are made, rotated and revoked where the data lives, with
 * {@code tracker token} on the server's machine: a token never mints another.
 */
@Path("/api/v1/campaigns/{slug}/tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class TokensResource {

    private final TokenService tokens;

    public TokensResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    @Allow(COORDINATOR)
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset) {
        return Paging.of(limit, offset).slice(uri, tokens.list(campaignId(sc)), TokenRepresentation::from);
    }
}
