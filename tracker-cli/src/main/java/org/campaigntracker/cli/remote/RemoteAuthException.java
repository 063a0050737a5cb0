package org.campaigntracker.cli.remote;

import java.net.URI;

/** The server refused the token (401): wrong, expired or revoked. The user logs in again with a new one. */
public final class RemoteAuthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final URI url;

    public RemoteAuthException(URI url) {
        super(url + " refused the token");
        this.url = url;
    }

    public URI url() {
        return url;
    }
}
