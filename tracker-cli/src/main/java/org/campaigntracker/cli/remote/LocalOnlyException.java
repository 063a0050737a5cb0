package org.campaigntracker.cli.remote;

/**
 * A command that works on a local database only (db, backup, restore, serve, demo, key rotation, a whole campaign's
 * import…) was run in remote mode: one line says so, exit 2, and nothing is started.
 */
public final class LocalOnlyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String command;

    public LocalOnlyException(String command) {
        super("tracker " + command + " works on a local database only");
        this.command = command;
    }

    public String command() {
        return command;
    }
}
