package org.campaigntracker.db;

/** A migration failed to apply; nothing of it was committed, the schema is as it was before. */
public final class SchemaMigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaMigrationException(String message) {
        super(message);
    }
}
