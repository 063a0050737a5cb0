package org.campaigntracker.cli;

/** The documented exit codes of {@code tracker} (see README). */
public final class ExitCode {
    public static final int OK = 0;
    /** Unexpected failure: a bug; rerun with --verbose and report it. */
    public static final int SOFTWARE = 1;
    /** Unknown command or option, missing argument. */
    public static final int USAGE = 2;
    /** The named record does not exist. */
    public static final int NOT_FOUND = 3;
    /** A name matches several records, or the change conflicts with existing data or a newer version. */
    public static final int CONFLICT = 4;
    /** The database, or in remote mode the server, cannot be started or reached. */
    public static final int DATABASE_UNAVAILABLE = 5;
    /** The input breaks a rule (a date, a range, a required field); nothing was written. */
    public static final int INVALID_INPUT = 6;
    /** The data key is missing, malformed, unsafe (key file readable by others) or not the one the data needs. */
    public static final int DATA_KEY = 7;
    /** pg_dump or pg_restore is missing, older than the server, or failed. */
    public static final int BACKUP_TOOL = 8;
    /** The role of the token (remote mode) or of the caller may not do this; nothing was written. */
    public static final int FORBIDDEN = 9;
    /** Remote mode: the server refused the token (wrong, expired or revoked). */
    public static final int NOT_LOGGED_IN = 10;

    private ExitCode() {
    }
}
