package org.campaigntracker.core.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.stewardship.Access;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderRevision;

/**
 * A briefing as titled sections of plain lines, in one language. Markdown and HTML only format these, so both
 * always say the same thing.
 */
public record BriefingDocument(String title, String subtitle, List<Section> sections) {

    public record Section(String heading, List<String> lines) {
    }

    public static BriefingDocument of(Briefing b, Locale locale) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Text t = new Text(locale, dates);
        Stakeholder s = b.stakeholder();
        List<Section> sections = new ArrayList<>();
        List<String> who = new ArrayList<>(List.of(s.label() + (s.function() == null ? "" : " — " + s.function()),
                t.m("brief.stance_power", s.stance(), s.power(), t.m("category." + s.category().name()))));
        if (b.access() != null) {
            who.add(t.m("brief.access", Access.words(b.access().score(), locale), t.date(b.access().ratedOn()))
                    + (b.access().evidence() == null ? "" : " — " + b.access().evidence()));
        }
        if (b.stewardship().ownerName() != null || b.stewardship().cadenceDays() != null) {
            who.add(t.m("brief.held", b.stewardship().ownerName() == null ? t.m("brief.nobody")
                    : b.stewardship().ownerName(), b.stewardship().cadenceDays() == null ? -1
                    : b.stewardship().cadenceDays()));
        }
        sections.add(new Section(t.m("brief.who"), List.copyOf(who)));
        sections.add(new Section(t.m("brief.history"), b.history().isEmpty() ? List.of(t.m("brief.no_change"))
                : b.history().stream().map(r -> history(r, t)).toList()));
        sections.add(new Section(t.m("brief.paths"), b.paths().isEmpty() ? List.of(t.m("brief.no_path"))
                : b.paths().stream().map(p -> p.explanation()).toList()));
        sections.add(new Section(t.m("brief.interactions"), b.interactions().isEmpty() ? List.of(t.m("brief.none"))
                : b.interactions().stream().map(i -> interaction(i, t)).toList()));
        if (!b.planned().isEmpty()) {
            sections.add(new Section(t.m("brief.planned"), b.planned().stream().map(e -> t.date(
                    e.interaction().occurredOn()) + " — " + e.interaction().title() + " — " + (e.organisation() != null
                    ? e.organisation() : t.m("interaction.the_coalition"))).toList()));
        }
        sections.add(new Section(t.m("brief.commitments"), b.openCommitments().isEmpty() ? List.of(t.m("brief.none"))
                : b.openCommitments().stream().map(c -> commitment(c, t, b.preparedOn())).toList()));
        sections.add(new Section(t.m("brief.positions"), b.demands().stream()
                .filter(d -> d.current() != null)
                .map(d -> d.demand().code() + " " + d.demand().title() + " — " + t.m("level." + d.current().level().name())
                        + " (" + t.date(d.current().statedOn()) + ")").toList()));
        sections.add(new Section(t.m("brief.asks"), b.demands().stream().filter(Briefing.DemandLine::ask)
                .map(d -> d.demand().code() + " " + d.demand().title()).toList()));
        sections.add(new Section(t.m("brief.press"), b.press().isEmpty() ? List.of(t.m("brief.none"))
                : b.press().stream().map(p -> press(p, t)).toList()));
        sections.add(new Section(t.m("brief.testimonies"), b.testimonies().isEmpty() ? List.of(t.m("brief.none"))
                : b.testimonies().stream().map(st -> st.shownAs() + (st.demandCodes().isEmpty() ? ""
                        : " (" + String.join(", ", st.demandCodes()) + ")") + " : " + st.story()).toList()));
        sections.add(new Section(t.m("brief.attendees"), b.attendees().isEmpty() ? List.of(t.m("brief.none"))
                : b.attendees().stream().map(a -> t.m("brief.attendee", a.name(), a.meetings(),
                        t.m(a.trained() ? "brief.trained" : "brief.not_trained"))).toList()));
        return new BriefingDocument(t.m("brief.title", s.label()),
                t.m("brief.prepared", t.date(b.preparedOn()), b.campaignName()), List.copyOf(sections));
    }

    private static String history(StakeholderRevision r, Text t) {
        return t.m("brief.until", t.date(r.validUntil().toLocalDate())) + " : "
                + t.m("brief.stance_power", r.stance(), r.power(), t.m("category." + r.category().name()))
                + (r.function() == null ? "" : " — " + r.function());
    }

    private static String interaction(Interaction i, Text t) {
        return t.date(i.occurredOn()) + " — " + i.title() + (i.outcome() == null ? "" : " — " + i.outcome());
    }

    private static String commitment(Commitment c, Text t, LocalDate today) {
        StringBuilder sb = new StringBuilder(c.description()).append(" (").append(t.m("brief.made_on", t.date(c.madeOn())));
        if (c.dueOn() != null) {
            sb.append(", ").append(t.m(c.dueOn().isBefore(today) ? "brief.overdue_since" : "brief.due_on", t.date(c.dueOn())));
        }
        if (c.confirmationReceivedOn() != null) {
            sb.append(", ").append(t.m("brief.confirmation_received", t.date(c.confirmationReceivedOn())));
        } else if (c.confirmationRequestedOn() != null) {
            sb.append(", ").append(t.m("brief.confirmation_requested", t.date(c.confirmationRequestedOn())));
        }
        return sb.append(')').toString();
    }

    private static String press(PressItem p, Text t) {
        return t.date(p.publishedOn()) + " — " + p.outlet() + " : " + p.title() + (p.url() == null ? "" : " " + p.url());
    }

    private record Text(Locale locale, DateTimeFormatter dates) {
        String m(String key, Object... args) {
            return Messages.format(locale, key, args);
        }

        String date(LocalDate d) {
            return d == null ? "" : dates.format(d);
        }
    }
}
