package org.campaigntracker.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import org.campaigntracker.api.http.grizzly.TrustedProxies;

/**
 * A request a trusted reverse proxy received over https is answered with https addresses ({@code Location}, links):
 * the client never sees the plain http between the proxy and the server.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class ForwardedScheme implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (Boolean.TRUE.equals(request.getProperty(TrustedProxies.HTTPS))) {
            var uri = request.getUriInfo();
            request.setRequestUri(UriBuilder.fromUri(uri.getBaseUri()).scheme("https").build(),
                    UriBuilder.fromUri(uri.getRequestUri()).scheme("https").build());
        }
    }
}
