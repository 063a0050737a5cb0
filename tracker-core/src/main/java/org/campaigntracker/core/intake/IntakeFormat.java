package org.campaigntracker.core.intake;

import java.util.Locale;
import java.util.Optional;

/** The two kinds of file an import takes. */
public enum IntakeFormat {
    /** A calendar (RFC 5545): one interaction per VEVENT. */
    ICS("text/calendar"),
    /** One e-mail (RFC 5322 / MIME). */
    EML("message/rfc822");

    private final String mediaType;

    IntakeFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** By the file's extension: .ics or .ical, .eml. */
    public static Optional<IntakeFormat> ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ics") || n.endsWith(".ical") || n.endsWith(".ifb")) {
            return Optional.of(ICS);
        }
        return n.endsWith(".eml") ? Optional.of(EML) : Optional.empty();
    }

    /** By a Content-Type (parameters such as charset ignored). */
    public static Optional<IntakeFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (IntakeFormat f : values()) {
            if (f.mediaType.equals(type)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
