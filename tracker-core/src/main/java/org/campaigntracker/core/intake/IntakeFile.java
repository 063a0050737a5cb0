package org.campaigntracker.core.intake;

/**
 * One file to import, as read by a front door: its name (shown in every message about it), format and bytes.
 * Bounded: a file over {@link Intake#MAX_FILE_BYTES} is refused before it is parsed.
 */
public record IntakeFile(String name, IntakeFormat format, byte[] content) {

    public IntakeFile {
        if (name == null || name.isBlank() || format == null || content == null) {
            throw new IllegalArgumentException("an intake file needs a name, a format and content");
        }
        if (content.length > Intake.MAX_FILE_BYTES) {
            throw IntakeFileException.tooLarge(name);
        }
    }
}
