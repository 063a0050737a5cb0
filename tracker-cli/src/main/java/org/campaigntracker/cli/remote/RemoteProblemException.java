package org.campaigntracker.cli.remote;

/**
 * A problem the server answered (RFC 9457): its status, the last segment of its type ("invalid-input",
 * "role-not-allowed"…) and its detail, already in the user's language. The CLI prints the detail and exits with the
 * code the same failure has in local mode.
 */
public final class RemoteProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;

    public RemoteProblemException(int status, String type, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }
}
