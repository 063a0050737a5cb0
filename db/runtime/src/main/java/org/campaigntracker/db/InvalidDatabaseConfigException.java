package org.campaigntracker.db;

/** The database settings cannot work as given; the message says which setting and why. */
public final class InvalidDatabaseConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidDatabaseConfigException(String message) {
        super(message);
    }
}
