package org.campaigntracker.cli.remote;

import java.net.URI;

/** No answer from the server: down, unreachable, or too slow. The CLI exits 5, as when a database is unavailable. */
public final class RemoteUnreachableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final URI url;

    public RemoteUnreachableException(URI url, Throwable cause) {
        super(url + ": " + (cause == null ? "no answer" : describe(cause)), cause);
        this.url = url;
    }

    public URI url() {
        return url;
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
    }
}
