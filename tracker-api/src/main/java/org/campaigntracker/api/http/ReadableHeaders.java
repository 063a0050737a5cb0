package org.campaigntracker.api.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import org.campaigntracker.api.problem.MalformedHeaderException;

/**
 * Parses Content-Type and Accept before routing, so that a malformed one is a 400 problem: Jersey's own parse
 * failure of these headers gives a bare 400 without body that no exception mapper sees (found by the fuzz tests).
 */
@PreMatching
public final class ReadableHeaders implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        try {
            request.getMediaType();
        } catch (ProcessingException | IllegalArgumentException e) {
            throw new MalformedHeaderException(HttpHeaders.CONTENT_TYPE, request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        }
        try {
            request.getAcceptableMediaTypes();
        } catch (ProcessingException | IllegalArgumentException e) {
            throw new MalformedHeaderException(HttpHeaders.ACCEPT, request.getHeaderString(HttpHeaders.ACCEPT));
        }
    }
}
