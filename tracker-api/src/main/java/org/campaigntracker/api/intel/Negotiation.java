package org.campaigntracker.api.intel;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Picks between a route's two representations. {@code @Produces} already answered 406 to a client that accepts
 * neither; here the first concrete type the client prefers decides, and {@code *}{@code /*} gets the default (the
 * first of the route's types), which {@code Request.selectVariant} does not promise.
 */
final class Negotiation {

    private Negotiation() {
    }

    /** True when the client's most preferred concrete type is {@code alternative}. */
    static boolean prefers(HttpHeaders headers, MediaType alternative) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(m -> !m.isWildcardType() && !m.isWildcardSubtype())
                .findFirst().map(m -> m.isCompatible(alternative)).orElse(false);
    }
}
