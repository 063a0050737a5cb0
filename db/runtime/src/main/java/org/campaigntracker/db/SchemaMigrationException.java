package org.campaigntracker.db;

/** A changeset failed to apply; the schema stays at the last complete changeset. */
public final class SchemaMigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
