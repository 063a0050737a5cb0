package org.campaigntracker.api.problem;

/** A request body over the configured limit, found from Content-Length or while reading a chunked body. */
public final class PayloadTooLargeException extends RuntimeException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("body over " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
