package org.campaigntracker.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenService;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.revision.RevisionWatch;

/**
 * Authentication, campaign scope and role check, in that order, after routing (so it knows the method's
 * {@link Allow} and the path's slug). Order matters: another campaign's slug is 404 before any role check, so a
 * partner cannot learn from a 403 that a campaign exists.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter {

    public static final String CALLER = "tracker.caller";
    /** Request property holding the {@link ApiToken} that authenticated the request (its label, for the audit). */
    public static final String TOKEN = "tracker.token";
    private static final String BEARER = "Bearer ";

    private final RecentTokens tokens;
    private final TokenService service;
    /** When this server last wrote each token's use, so it asks the database at most once per token and resolution. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Long> noted = new java.util.concurrent.ConcurrentHashMap<>();

    @Context
    private ResourceInfo resource;

    /**
     * Tokens are trusted from memory until the watch hears of a token change, or for {@code ttl} while it cannot
     * listen; with {@code ttl} zero every request checks its token in the database.
     */
    public AuthFilter(TokenService tokens, RevisionWatch watch, Duration ttl) {
        this.tokens = new RecentTokens(tokens::verify, watch, Clock.systemUTC(), ttl);
        this.service = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        // OPTIONS is answered by Jersey itself with the Allow header: what any client may learn from the API's
        // contract, so it needs no token (browsers send CORS preflights without one) and a token changes nothing.
        if (method == null || isPublic(method) || HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        ApiToken token = authenticate(authorization(request, method));
        Caller caller = token.caller();
        noteUse(token.id());
        request.setProperty(TOKEN, token);
        request.setProperty(CALLER, caller);
        request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
        String slug = request.getUriInfo().getPathParameters().getFirst("slug");
        if (slug != null && !slug.equals(caller.campaignSlug())) {
            throw new NotFoundException("campaign", slug);
        }
        Allow allow = method.getAnnotation(Allow.class);
        List<Role> allowed = allow == null ? List.of() : Arrays.asList(allow.value());
        if (!allowed.contains(caller.role())) {
            throw new RoleNotAllowedException(caller.role(), allowed);
        }
    }

    /** The Authorization header, or on a {@link TokenInQuery} route without one, the {@code token} parameter. */
    private static String authorization(ContainerRequestContext request, Method method) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if ((header == null || header.isBlank()) && method.isAnnotationPresent(TokenInQuery.class)) {
            String token = request.getUriInfo().getQueryParameters().getFirst("token");
            return token == null ? null : BEARER + token;
        }
        return header;
    }

    static boolean isPublic(Method method) {
        return method.isAnnotationPresent(Public.class) || method.getDeclaringClass().isAnnotationPresent(Public.class);
    }

    private ApiToken authenticate(String header) {
        if (header == null || header.isBlank()) {
            throw new NotAuthenticatedException("no Authorization header");
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new NotAuthenticatedException("not a bearer token", true);
        }
        return tokens.authenticate(header.substring(BEARER.length()))
                .orElseThrow(() -> new NotAuthenticatedException("unknown, expired or revoked token", true));
    }

    private record CallerContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return new CallerPrincipal(caller);
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.role().wire().equals(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }

    private void noteUse(long tokenId) {
        long now = System.nanoTime();
        Long last = noted.get(tokenId);
        if (last == null || now - last > TokenService.USE_RESOLUTION.toNanos()) {
            noted.put(tokenId, now);
            service.used(tokenId);
        }
    }
}
