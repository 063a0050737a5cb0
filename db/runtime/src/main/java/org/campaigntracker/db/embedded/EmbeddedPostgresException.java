package org.campaigntracker.db.embedded;

/**
 * A failure of the embedded PostgreSQL server. The message is meant for the end user: one sentence
 * saying what went wrong and what to do about it (often: which log file to read).
 */
public final class EmbeddedPostgresException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
