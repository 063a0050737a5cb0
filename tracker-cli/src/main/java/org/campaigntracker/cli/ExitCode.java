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
    /** The database cannot be started or reached. */
    public static final int DATABASE_UNAVAILABLE = 5;
    /** The input breaks a rule (a date, a range, a required field); nothing was written. */
    public static final int INVALID_INPUT = 6;

    private ExitCode() {
    }
}
