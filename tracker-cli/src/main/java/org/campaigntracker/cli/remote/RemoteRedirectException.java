package org.campaigntracker.cli.remote;

import java.net.URI;

/**
 * The server answered from another address (a proxy sending http to https, a server that moved). The CLI never follows
 * it with the token: it says where, exit 5, and the user logs in with that address.
 */
public final class RemoteRedirectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final URI url;
    private final String location;

    public RemoteRedirectException(URI url, String location) {
        super(url + " redirects to " + location);
        this.url = url;
        this.location = location;
    }

    public URI url() {
        return url;
    }

    /** Where the server sent the request, as it said it; the address to log in with is its scheme and host. */
    public String location() {
        try {
            URI to = URI.create(location);
            return to.getScheme() == null || to.getRawAuthority() == null ? location
                    : to.getScheme() + "://" + to.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return location;
        }
    }
}
