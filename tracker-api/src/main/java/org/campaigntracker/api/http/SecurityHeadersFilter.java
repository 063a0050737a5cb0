package org.campaigntracker.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.campaigntracker.api.security.AuthFilter;

/**
 * nosniff on every answer (a JSON body must never be run as a script), and no-store on answers to an authenticated
 * request or that carry an auth challenge: a shared cache must never hand one partner's answer to another.
 * Vary: Authorization because one URL answers differently per role.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        if (request.getProperty(AuthFilter.CALLER) != null
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null || response.getStatus() == 401) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
    }
}
