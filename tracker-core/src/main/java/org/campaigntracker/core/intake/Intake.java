package org.campaigntracker.core.intake;

/** The bounds of an import: what one call reads at most, whatever the files hold. */
public final class Intake {

    /** Bytes of one file: an invitation is a few kilobytes, an e-mail with its HTML part rarely past 1 MiB. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** Files in one import. */
    public static final int MAX_FILES = 50;
    /** Events or messages in one import, all files together. */
    public static final int MAX_ITEMS = 500;
    /** Attendees of one event, or addresses of one message (From, To and Cc together). */
    public static final int MAX_PEOPLE = 200;

    private Intake() {
    }
}
