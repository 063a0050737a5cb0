package org.campaigntracker.core.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * One event or message read from a file, before anyone is matched.
 *
 * @param file      the file's name, for messages
 * @param where     where in the file: "event 2", "message"
 * @param sourceRef ics: or eml: and the SHA-256 of the event's UID (+ RECURRENCE-ID) or the Message-ID
 * @param format    what it came from: an invitation is a meeting, a message a letter sent or received
 * @param from      the organiser or sender, or null
 * @param people    everyone named, the organiser or sender first, each once
 */
public record Incoming(String file, String where, String sourceRef, IntakeFormat format, LocalDate on, String title,
                       String summary, String place, Person from, List<Person> people) {

    public Incoming {
        people = List.copyOf(people);
    }
}
