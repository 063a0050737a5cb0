package org.campaigntracker.core.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.intake.IntakeFileException.Problem;

/**
 * Reads one e-mail with Apache mime4j: Date, From, To, Cc, Subject (encoded words decoded), Message-ID and the text
 * body (the text/plain part, else the HTML part as text), the summary draft. Errors name the header or the part.
 */
final class EmlReader {

    // Bounds of mime4j's own parser, so a hostile file cannot make it hold unbounded headers or parts.
    private static final MimeConfig BOUNDED = new MimeConfig.Builder().setMaxLineLen(100_000).setMaxHeaderCount(500)
            .setMaxHeaderLen(100_000).setMaxPartCount(200).setMaxNestingDepth(10)
            .setMaxContentLen(Intake.MAX_FILE_BYTES).build();

    private final ZoneId zone;

    /** {@code zone}: the day of the Date header is the day in this zone. */
    EmlReader(ZoneId zone) {
        this.zone = zone;
    }

    Incoming read(IntakeFile file) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(BOUNDED);
        Message m;
        try {
            m = builder.parseMessage(new ByteArrayInputStream(file.content()));
        } catch (IOException | RuntimeException e) {
            throw new IntakeFileException(file.name(), "unreadable_message", Sources.clip(cause(e), 200));
        }
        String name = file.name();
        requireHeader(name, m, "From");
        requireHeader(name, m, "Date");
        Date date = m.getDate();
        if (date == null) {
            throw new IntakeFileException(name, Problem.header("Date"), "bad_value", "Date",
                    Sources.clip(m.getHeader().getField("Date").getBody(), 80));
        }
        MailboxList from = m.getFrom();
        if (from == null || from.isEmpty()) {
            throw new IntakeFileException(name, Problem.header("From"), "bad_value", "From",
                    Sources.clip(m.getHeader().getField("From").getBody(), 80));
        }
        Person sender = person(from.get(0));
        List<Person> people = new ArrayList<>();
        people.add(sender);
        add(people, from);
        add(people, m.getTo());
        add(people, m.getCc());
        if (people.size() > Intake.MAX_PEOPLE) {
            throw new IntakeFileException(name, Problem.header("To"), "too_many_people", people.size(), Intake.MAX_PEOPLE);
        }
        String id = m.getMessageId();
        LocalDate on = date.toInstant().atZone(zone).toLocalDate();
        // RFC 5322 asks for a Message-ID; without one, the same message is still recognised by what it says.
        String ref = Sources.ref("eml", id == null ? null : id.strip(),
                id == null ? date.getTime() + "|" + sender.label() + "|" + m.getSubject() : null);
        return new Incoming(name, "message", ref, IntakeFormat.EML, on, Sources.clip(m.getSubject(), 500),
                Sources.clip(text(name, m), Check.LONG_TEXT), null, sender, people);
    }

    private static void requireHeader(String file, Message m, String header) {
        if (m.getHeader().getField(header) == null) {
            throw new IntakeFileException(file, Problem.header(header), "missing", header);
        }
    }

    private static void add(List<Person> people, AddressList list) {
        if (list != null) {
            add(people, list.flatten());
        }
    }

    private static void add(List<Person> people, MailboxList list) {
        for (Mailbox mailbox : list) {
            Person p = person(mailbox);
            if (people.stream().noneMatch(p::samePerson)) {
                people.add(p);
            }
        }
    }

    private static Person person(Mailbox m) {
        return new Person(m.getName(), m.getAddress());
    }

    /** The first text/plain part that is not an attachment, else the first text/html part turned into text. */
    private static String text(String file, Message m) {
        String plain = part(file, m, "text/plain", "");
        if (plain != null) {
            return plain;
        }
        String html = part(file, m, "text/html", "");
        return html == null ? null : HtmlText.of(html);
    }

    /** {@code where}: the part's path ("2.1"), "" for the message itself. */
    private static String part(String file, Entity entity, String type, String where) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            List<Entity> parts = multipart.getBodyParts();
            for (int i = 0; i < parts.size(); i++) {
                String found = part(file, parts.get(i), type, where.isEmpty() ? String.valueOf(i + 1)
                        : where + "." + (i + 1));
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!(body instanceof TextBody text) || !type.equals(entity.getMimeType().toLowerCase(Locale.ROOT))
                || "attachment".equalsIgnoreCase(entity.getDispositionType())) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        try (Reader r = text.getReader()) {
            char[] buffer = new char[8192];
            for (int n; (n = r.read(buffer)) > 0 && b.length() <= Check.LONG_TEXT * 4; ) {
                b.append(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            throw new IntakeFileException(file, Problem.part(where), "unreadable_part", type,
                    Sources.clip(cause(e), 200));
        }
        return b.toString();
    }

    private static String cause(Exception e) {
        Throwable t = e instanceof MimeIOException && e.getCause() instanceof MimeException c ? c : e;
        return String.valueOf(t.getMessage());
    }
}
