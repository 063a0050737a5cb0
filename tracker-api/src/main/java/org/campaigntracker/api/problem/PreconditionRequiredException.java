package org.campaigntracker.api.problem;

/** An update or delete without If-Match: refused so that no client overwrites a change it has not seen. */
public final class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("If-Match required", null, false, false);
    }
}
