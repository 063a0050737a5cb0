package org.campaigntracker.core.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.intake.IntakeFileException.Problem;

/**
 * Reads the VEVENTs of a calendar file with ical4j: date, place, organiser, attendees (CN and mailto:), summary and
 * description. Errors name the line (a calendar that does not parse) or the event and property.
 */
final class IcsReader {

    private final ZoneId zone;

    /** {@code zone}: the day of a time given in UTC (…Z) is the day in this zone. */
    IcsReader(ZoneId zone) {
        this.zone = zone;
    }

    List<Incoming> read(IntakeFile file) {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(file.content()));
        } catch (ParserException e) {
            // ical4j's message repeats the line ("Error at line 10:…"): the line is said once, first.
            throw new IntakeFileException(file.name(), Problem.line(e.getLineNo()), "unreadable_calendar",
                    Sources.clip(String.valueOf(e.getMessage()).replaceFirst("^Error at line \\d+:\\s*", ""), 200));
        } catch (IOException | RuntimeException e) {
            throw new IntakeFileException(file.name(), "unreadable_calendar",
                    Sources.clip(String.valueOf(e.getMessage()), 200));
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.isEmpty()) {
            throw new IntakeFileException(file.name(), "no_event");
        }
        if (events.size() > Intake.MAX_ITEMS) {
            throw new IntakeFileException(file.name(), "too_many_events", events.size(), Intake.MAX_ITEMS);
        }
        List<Incoming> read = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            read.add(event(file.name(), i + 1, events.get(i)));
        }
        return read;
    }

    private Incoming event(String file, int position, VEvent event) {
        Optional<String> uid = value(event, Property.UID).map(u -> Sources.clip(u, 80));
        Problem at = Problem.event(position, uid.orElse(null));
        DateProperty<?> start = event.<DateProperty<?>>getProperty(Property.DTSTART)
                .orElseThrow(() -> new IntakeFileException(file, at, "missing", "DTSTART"));
        LocalDate on = day(file, at, start);
        Optional<String> summary = value(event, Property.SUMMARY);
        // RFC 5545 requires a UID; a file without one is still recognised again by what it says.
        String ref = Sources.ref("ics", uid.orElse(null), value(event, Property.RECURRENCE_ID).orElse(null),
                uid.isPresent() ? null : start.getValue() + "|" + summary.orElse(""));
        Person organiser = event.<Property>getProperty(Property.ORGANIZER).map(IcsReader::person).orElse(null);
        List<Person> people = new ArrayList<>();
        if (organiser != null) {
            people.add(organiser);
        }
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        if (attendees.size() > Intake.MAX_PEOPLE) {
            throw new IntakeFileException(file, at, "too_many_people", attendees.size(), Intake.MAX_PEOPLE);
        }
        for (Property attendee : attendees) {
            Person p = person(attendee);
            if ((p.name() != null || p.email() != null) && people.stream().noneMatch(p::samePerson)) {
                people.add(p);
            }
        }
        String where = "event " + position + uid.map(u -> " (UID " + u + ")").orElse("");
        return new Incoming(file, where, ref, IntakeFormat.ICS, on, Sources.clip(summary.orElse(null), 500),
                Sources.clip(value(event, Property.DESCRIPTION).orElse(null), Check.LONG_TEXT),
                Sources.clip(value(event, Property.LOCATION).orElse(null), 300), organiser, people);
    }

    private LocalDate day(String file, Problem at, DateProperty<?> start) {
        Temporal t;
        try {
            t = start.getDate();
        } catch (RuntimeException e) {
            t = null;
        }
        if (t instanceof LocalDate d) {
            return d;
        } else if (t instanceof LocalDateTime d) {
            return d.toLocalDate(); // floating time: the day as written
        } else if (t instanceof ZonedDateTime d) {
            return d.toLocalDate(); // in the event's own time zone (TZID)
        } else if (t instanceof OffsetDateTime d) {
            return d.atZoneSameInstant(zone).toLocalDate();
        } else if (t instanceof Instant d) {
            return d.atZone(zone).toLocalDate();
        }
        throw new IntakeFileException(file, at, "bad_value", "DTSTART", Sources.clip(start.getValue(), 80));
    }

    private static Optional<String> value(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue).filter(v -> !v.isBlank()).map(String::strip);
    }

    /** CN for the name, the mailto: address for the e-mail; either may be missing. */
    private static Person person(Property p) {
        String name = p.<Parameter>getParameter(Parameter.CN).map(Parameter::getValue).orElse(null);
        String value = p.getValue() == null ? "" : p.getValue().strip();
        String email = null;
        if (value.regionMatches(true, 0, "mailto:", 0, 7)) {
            email = value.substring(7);
            try {
                email = URI.create("mailto:" + email.replace(" ", "%20")).getSchemeSpecificPart();
            } catch (IllegalArgumentException ignored) {
                // kept as written
            }
        }
        return new Person(name, email != null && email.contains("@") ? email : null);
    }
}
