package org.campaigntracker.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code Accept: application/problem+json} as also accepting {@code application/json}, at the same quality.
 * A client generated from the contract sends the types of an operation's documented answers; for a DELETE (204,
 * or a problem) that is problem+json alone, and Jersey, matching it against the resources' {@code application/json},
 * answered 406 to a request it could have served. A problem is JSON with known members, so a client ready for one
 * reads JSON. Done on the raw header before routing, so it never fails on a malformed one (ReadableHeaders reports
 * those).
 */
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class ProblemAccept implements ContainerRequestFilter {

    private static final String PROBLEM = "application/problem+json";

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (values == null || values.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains(PROBLEM))) {
            return;
        }
        List<String> ranges = new ArrayList<>();
        for (String value : values) {
            for (String range : value.split(",")) {
                ranges.add(range.strip());
                int params = range.indexOf(';');
                String type = (params < 0 ? range : range.substring(0, params)).strip();
                if (type.equalsIgnoreCase(PROBLEM)) {
                    ranges.add("application/json" + (params < 0 ? "" : range.substring(params).strip()));
                }
            }
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", ranges));
    }
}
