package org.campaigntracker.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * A request header that cannot be parsed (a Content-Type or Accept that is no media type, an If-Match that is no
 * entity tag): 400 as problem+json. Jersey would otherwise answer a bare 400 that skips the exception mappers, or
 * fail inside a resource as a 500. Carries its problem, which {@link WebApplicationExceptionMapper} passes on.
 */
public final class MalformedHeaderException extends WebApplicationException {

    public MalformedHeaderException(String header, String value) {
        this(header, value, null);
    }

    /** With what the header should hold; the value is quoted back cut to 60 characters. */
    public MalformedHeaderException(String header, String value, String expected) {
        super(Problem.of(Response.Status.BAD_REQUEST, "malformed-header",
                "the " + header + " header cannot be read: “" + shortened(value) + "”"
                        + (expected == null ? "" : "; " + expected)).toResponse());
    }

    private static String shortened(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
