package org.campaigntracker.api.security;

/** No usable token: missing, malformed, unknown, expired or revoked. The reason stays on the server. */
public final class NotAuthenticatedException extends RuntimeException {

    private final boolean tokenPresented;

    public NotAuthenticatedException(String reason) {
        this(reason, false);
    }

    public NotAuthenticatedException(String reason, boolean tokenPresented) {
        super(reason, null, false, false);
        this.tokenPresented = tokenPresented;
    }

    /** Whether a token was sent at all: RFC 6750 adds error="invalid_token" only then. */
    public boolean tokenPresented() {
        return tokenPresented;
    }
}
