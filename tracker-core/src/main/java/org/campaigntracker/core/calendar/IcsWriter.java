package org.campaigntracker.core.calendar;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** RFC 5545 text: CRLF line ends, escaped text values, lines folded at 75 octets without splitting a character. */
final class IcsWriter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private final StringBuilder out = new StringBuilder();

    IcsWriter line(String name, String value) {
        return raw(name + ":" + value);
    }

    IcsWriter text(String name, String value) {
        return value == null ? this : raw(name + ":" + escape(value));
    }

    IcsWriter date(String name, LocalDate date) {
        return raw(name + ";VALUE=DATE:" + DATE.format(date));
    }

    IcsWriter stamp(String name, ZonedDateTime instant) {
        return raw(name + ":" + STAMP.format(instant.withZoneSameInstant(ZoneOffset.UTC)));
    }

    IcsWriter raw(String contentLine) {
        fold(contentLine);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private void fold(String line) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            // Continuation lines start with a space, which counts toward their 75 octets.
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
