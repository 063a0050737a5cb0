package org.campaigntracker.api.publish;

import static org.campaigntracker.api.publish.Html.escape;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.campaigntracker.core.publish.PublicEvent;
import org.campaigntracker.core.publish.PublicView;

/**
 * The Atom feed (RFC 4287) of the public page: a commitment made, confirmed, late, kept, broken or withdrawn, and
 * every position stated. Entry ids are name-based UUIDs of the campaign and the event, so they never change.
 */
final class PublicFeed {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private PublicFeed() {
    }

    static String atom(PublicView v) {
        PageText t = new PageText(v.defaultLanguage());
        String page = "../" + escape(v.slug()) + ".html";
        StringBuilder b = new StringBuilder(8_192);
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(t.language()).append("\">\n")
                .append("<title>").append(escape(t.get("feed.title", v.name()))).append("</title>\n")
                .append("<id>").append(id(v, "feed")).append("</id>\n")
                .append("<updated>").append(INSTANT.format(v.lastUpdated().withOffsetSameInstant(ZoneOffset.UTC)))
                .append("</updated>\n")
                .append("<author><name>").append(escape(v.name())).append("</name></author>\n")
                .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(page).append("\"/>\n")
                .append("<link rel=\"self\" type=\"application/atom+xml\" href=\"feed.atom\"/>\n");
        for (PublicEvent e : PublicEvent.of(v)) {
            String anchor = e.commitment() != null ? "#commitment-" + e.commitment().id() : "#positions-title";
            b.append("<entry>\n<title>").append(escape(title(e, t))).append("</title>\n")
                    .append("<id>").append(id(v, e.key())).append("</id>\n")
                    .append("<updated>").append(instant(e.on())).append("</updated>\n")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(page).append(anchor)
                    .append("\"/>\n</entry>\n");
        }
        return b.append("</feed>\n").toString();
    }

    private static String title(PublicEvent e, PageText t) {
        String key = "feed." + e.type().name();
        if (e.position() != null) {
            var p = e.position();
            return t.get(key, PublicPage.who(p.target(), t), p.demandCode() + " " + p.demandTitle(),
                    t.level(p.level().name()));
        }
        var c = e.commitment();
        return e.type() == PublicEvent.Type.commitment_late ? t.get(key, t.date(c.dueOn()), c.description())
                : t.get(key, PublicPage.who(c.target(), t), c.description());
    }

    private static String id(PublicView v, String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("campaign-tracker/" + v.slug() + "/" + key)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String instant(LocalDate day) {
        return INSTANT.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
