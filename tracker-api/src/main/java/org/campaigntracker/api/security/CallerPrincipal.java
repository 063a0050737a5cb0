package org.campaigntracker.api.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.campaigntracker.core.access.Caller;

/** The authenticated caller as JAX-RS sees it; resources get it back with {@link #of(SecurityContext)}. */
public record CallerPrincipal(Caller caller) implements Principal {

    @Override
    public String getName() {
        return "token-" + caller.tokenId();
    }

    /** The caller of a request that passed authentication (every non-public route). */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        throw new NotAuthenticatedException("no token");
    }

    /** The campaign of an authenticated request: every scoped resource reads and writes only this one. */
    public static long campaignId(SecurityContext context) {
        return of(context).campaignId();
    }
}
