package org.campaigntracker.db;

/** The database cannot be reached (stopped, wrong address, wrong password). */
public final class DatabaseUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
