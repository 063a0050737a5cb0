package org.campaigntracker.api.audit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.api.security.AuthFilter;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.access.TokenService;
import org.campaigntracker.core.audit.Actor;
import org.campaigntracker.core.audit.AuditService;

/**
 * Records an audit event after a successful {@link Audited} route: the token (id and label), "GET /api/v1/…" with
 * the route's template, and the ids of the records touched: the path's ids, or those a resource listed in the
 * {@link #IDS} request property (a list response).
 */
@Audited("")
public final class AuditFilter implements ContainerResponseFilter {

    /** Request property where a resource puts the ids of the records it returned or changed. */
    public static final String IDS = "campaign-tracker.audit.ids";

    private final AuditService audit;
    private final TokenService tokens;

    @Context
    private ResourceInfo resource;

    @Context
    private UriInfo uri;

    public AuditFilter(AuditService audit, TokenService tokens) {
        this.audit = audit;
        this.tokens = tokens;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Audited audited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(Audited.class);
        if (audited == null || response.getStatus() >= 300) {
            return;
        }
        Caller caller = CallerPrincipal.of(request.getSecurityContext());
        String label = label(request, caller);
        audit.record(caller.campaignId(), Actor.token(caller.tokenId(), label), audited.action(),
                request.getMethod() + " " + template(), audited.value(), ids(request));
    }

    /** Who the authenticating token stands for (its owner, else its label); the database only when unknown. */
    private String label(ContainerRequestContext request, Caller caller) {
        if (request.getProperty(AuthFilter.TOKEN) instanceof ApiToken token && token.id() == caller.tokenId()) {
            return token.who();
        }
        return tokens.list(caller.campaignId()).stream().filter(t -> t.id() == caller.tokenId())
                .map(ApiToken::who).findFirst().orElse("?");
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(ContainerRequestContext request) {
        Object listed = request.getProperty(IDS);
        if (listed instanceof List<?> l) {
            return (List<Long>) l;
        }
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("testimonyId", "id")) {
            String v = uri.getPathParameters().getFirst(name);
            if (v != null && v.matches("\\d{1,18}")) {
                ids.add(Long.parseLong(v));
            }
        }
        return ids;
    }

    /** The route as written on the resource ("/api/v1/campaigns/{slug}/testimonies/{id}"), never a value. */
    private String template() {
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Path method = resource.getResourceMethod().getAnnotation(Path.class);
        String base = type == null ? "" : type.value();
        return method == null ? base : base + "/" + method.value();
    }
}
