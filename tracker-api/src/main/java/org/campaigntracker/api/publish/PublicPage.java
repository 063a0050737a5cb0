package org.campaigntracker.api.publish;

import static org.campaigntracker.api.publish.Html.escape;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.publish.PublicStatus;
import org.campaigntracker.core.publish.PublicTarget;
import org.campaigntracker.core.publish.PublicView;
import org.campaigntracker.core.publish.PublicView.CommitmentView;
import org.campaigntracker.core.publish.PublicView.PositionView;
import org.campaigntracker.core.publish.PublicView.Source;

/**
 * The public page and its embeddable snippet as HTML. No script at all, one bundled style sheet, addresses relative
 * to the page ({@code /p/caf} and the exported {@code p/caf.html} resolve them the same way), nothing that depends
 * on the request: the same view gives the same bytes, served or exported.
 */
final class PublicPage {

    private PublicPage() {
    }

    static String page(PublicView v, String language) {
        PageText t = new PageText(language);
        String slug = escape(v.slug());
        String other = language.equals("fr") ? "en" : "fr";
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", "", t.get("title", v.name()))
                .raw("<meta name=\"description\" content=\"" + escape(description(v, t)) + "\">\n")
                .raw("<meta property=\"og:type\" content=\"website\">\n")
                .raw("<meta property=\"og:title\" content=\"" + escape(t.get("title", v.name())) + "\">\n")
                .raw("<meta property=\"og:description\" content=\"" + escape(description(v, t)) + "\">\n")
                .raw("<meta property=\"og:locale\" content=\"" + (language.equals("fr") ? "fr_FR" : "en_GB") + "\">\n")
                .raw("<link rel=\"icon\" href=\"../assets/icon.svg\" type=\"image/svg+xml\">\n")
                .raw("<link rel=\"stylesheet\" href=\"../assets/app.css\">\n")
                .raw("<link rel=\"stylesheet\" href=\"../assets/public.css\">\n")
                .raw("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + slug + "/feed.atom\">\n")
                .raw("<link rel=\"alternate\" type=\"application/json\" href=\"" + slug + ".json\">\n")
                .raw("<link rel=\"alternate\" hreflang=\"" + other + "\" href=\"" + slug + "." + other + ".html\">\n")
                .raw("</head>\n<body data-state=\"ready\">\n<a class=\"skip\" href=\"#main\">").text(t.get("skip")).raw("</a>\n");
        h.raw("<header class=\"top\">\n<p class=\"campaign\">").text(v.name()).raw("</p>\n")
                .raw("<nav aria-label=\"" + escape(t.get("language")) + "\" class=\"no-print\">")
                .raw("<a href=\"" + slug + ".en.html\" hreflang=\"en\" lang=\"en\""
                        + (language.equals("en") ? " aria-current=\"page\"" : "") + ">English</a> ")
                .raw("<a href=\"" + slug + ".fr.html\" hreflang=\"fr\" lang=\"fr\""
                        + (language.equals("fr") ? " aria-current=\"page\"" : "") + ">Français</a></nav>\n</header>\n");
        h.raw("<main id=\"main\" tabindex=\"-1\">\n").el("h1", "", t.get("title", v.name()));
        if (v.objective() != null) {
            h.el("p", "class=\"lead\"", v.objective());
        }
        h.raw("<p class=\"facts\">");
        if (v.deadline() != null) {
            h.text(v.deadlineLabel() == null ? t.get("deadline", t.date(v.deadline()))
                    : t.get("deadline_label", t.date(v.deadline()), v.deadlineLabel())).raw("<br>");
        }
        h.raw("<span class=\"muted\">").time(v.lastUpdated().toLocalDate(),
                t.get("updated", t.date(v.lastUpdated().toLocalDate()))).raw("</span></p>\n");
        summary(h, v, t);
        commitments(h, v, t);
        positions(h, v, t);
        demands(h, v, t);
        press(h, v, t);
        milestones(h, v, t);
        mobilisations(h, v, t);
        follow(h, v, t);
        h.raw("</main>\n<footer class=\"foot\"><p class=\"muted\">").text(t.get("footer")).raw("</p></footer>\n")
                .raw("</body>\n</html>\n");
        return h.toString();
    }

    /** The snippet a coalition member's website shows in an iframe: the tally and the list of commitments. */
    static String embed(PublicView v, String language) {
        PageText t = new PageText(language);
        Html h = new Html();
        h.raw("<!doctype html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", "", t.get("embed.title", v.name()))
                .raw("<link rel=\"icon\" href=\"../../assets/icon.svg\" type=\"image/svg+xml\">\n")
                .raw("<link rel=\"stylesheet\" href=\"../../assets/app.css\">\n")
                .raw("<link rel=\"stylesheet\" href=\"../../assets/public.css\">\n")
                .raw("</head>\n<body class=\"embed\" data-state=\"ready\">\n<main>\n").el("h1", "", t.get("embed.title", v.name()));
        tally(h, v, t);
        h.raw("<ul class=\"plain\">\n");
        for (CommitmentView c : v.commitments()) {
            h.raw("<li><a target=\"_top\" href=\"../" + escape(v.slug()) + ".html#commitment-" + c.id() + "\">")
                    .text(c.description()).raw("</a> — ").text(who(c.target(), t)).raw(" ");
            badge(h, c.status(), t);
            h.raw("</li>\n");
        }
        h.raw("</ul>\n<p><a target=\"_top\" href=\"../" + escape(v.slug()) + ".html\">").text(t.get("embed.more"))
                .raw("</a></p>\n</main>\n</body>\n</html>\n");
        return h.toString();
    }

    static String who(PublicTarget target, PageText t) {
        String label = target.label();
        return label.isEmpty() ? t.get("someone") : label;
    }

    private static String description(PublicView v, PageText t) {
        return v.objective() != null ? v.objective() : t.get("description");
    }

    private static void summary(Html h, PublicView v, PageText t) {
        h.raw("<section aria-labelledby=\"summary-title\">\n").el("h2", "id=\"summary-title\"", t.get("summary"));
        tally(h, v, t);
        h.raw("</section>\n");
    }

    private static void tally(Html h, PublicView v, PageText t) {
        if (v.commitments().isEmpty()) {
            h.el("p", "", t.get("summary.none"));
            return;
        }
        Map<PublicStatus, Integer> counts = new EnumMap<>(PublicStatus.class);
        v.commitments().forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        h.raw("<ul class=\"tally\">\n");
        counts.forEach((status, n) -> h.raw("<li class=\"status-" + status.name() + "\"><strong>" + n
                + "</strong> ").text(t.get("status." + status.name())).raw("</li>\n"));
        h.raw("</ul>\n");
    }

    private static void commitments(Html h, PublicView v, PageText t) {
        h.raw("<section aria-labelledby=\"commitments-title\">\n")
                .el("h2", "id=\"commitments-title\"", t.get("commitments"));
        if (v.commitments().isEmpty()) {
            h.el("p", "", t.get("commitments.none"));
        }
        for (CommitmentView c : v.commitments()) {
            h.raw("<article class=\"commitment\" id=\"commitment-" + c.id() + "\">\n").el("h3", "", c.description());
            h.raw("<dl>\n");
            row(h, t.get("commitment.status"));
            badge(h, c.status(), t);
            if (c.statusChangedOn() != null) {
                h.raw(" ").time(c.statusChangedOn(), t.date(c.statusChangedOn()));
            }
            h.raw("</dd>\n");
            row(h, t.get("commitment.by")).text(who(c.target(), t)).raw("</dd>\n");
            if (c.demandCode() != null) {
                row(h, t.get("commitment.demand")).text(c.demandCode() + " " + c.demandTitle()).raw("</dd>\n");
            }
            row(h, t.get("commitment.made")).time(c.madeOn(), t.date(c.madeOn())).raw("</dd>\n");
            if (c.madeAt() != null) {
                row(h, t.get("commitment.where"));
                source(h, c.madeAt(), t, null);
                h.raw("</dd>\n");
            }
            row(h, t.get("commitment.confirmation")).text(confirmation(c, t)).raw("</dd>\n");
            row(h, t.get("commitment.due"));
            if (c.dueOn() == null) {
                h.text(t.get("commitment.no_due"));
            } else {
                h.time(c.dueOn(), t.date(c.dueOn()));
            }
            h.raw("</dd>\n</dl>\n<p class=\"permalink no-print\"><a href=\"#commitment-" + c.id() + "\">")
                    .text(t.get("commitment.link")).raw("</a></p>\n</article>\n");
        }
        h.raw("</section>\n");
    }

    private static String confirmation(CommitmentView c, PageText t) {
        if (c.confirmationReceivedOn() != null) {
            return t.get("commitment.received", t.date(c.confirmationReceivedOn()));
        }
        return c.confirmationRequestedOn() == null ? t.get("commitment.not_requested")
                : t.get("commitment.waiting", t.date(c.confirmationRequestedOn()));
    }

    private static void positions(Html h, PublicView v, PageText t) {
        h.raw("<section aria-labelledby=\"positions-title\">\n").el("h2", "id=\"positions-title\"", t.get("positions"));
        Map<PublicTarget, List<PositionView>> current = v.currentPositions();
        if (current.isEmpty()) {
            h.el("p", "", t.get("positions.none"));
        }
        for (Map.Entry<PublicTarget, List<PositionView>> e : current.entrySet()) {
            h.el("h3", "", who(e.getKey(), t)).raw("<ul class=\"plain positions\">\n");
            for (PositionView p : e.getValue()) {
                h.raw("<li><span class=\"demand-title\">").text(p.demandCode() + " " + p.demandTitle())
                        .raw("</span><br><span class=\"badge level-" + p.level().name() + "\">")
                        .text(t.level(p.level().name())).raw("</span> ").time(p.statedOn(), t.date(p.statedOn()));
                if (p.source() != null) {
                    h.raw("<span class=\"when\">");
                    source(h, p.source(), t, p.statedOn());
                    h.raw("</span>");
                }
                h.raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    /** "Meeting: title, 17 January 2023"; the date left out when it is {@code shown} already. */
    private static void source(Html h, Source s, PageText t, java.time.LocalDate shown) {
        String kind = t.get("source." + s.kind());
        String title = s.url() == null ? escape(s.title())
                : "<a href=\"" + escape(s.url()) + "\" rel=\"nofollow\">" + escape(s.title()) + "</a>";
        // The pattern puts the language's own spacing around the colon; both parts are escaped above.
        h.raw(t.get("source", escape(kind), title));
        if (s.on() != null && !s.on().equals(shown)) {
            h.raw(", ").time(s.on(), t.date(s.on()));
        }
    }

    private static void demands(Html h, PublicView v, PageText t) {
        h.raw("<section aria-labelledby=\"demands-title\">\n").el("h2", "id=\"demands-title\"", t.get("demands"));
        for (PublicView.ThemeView theme : v.themes()) {
            h.el("h3", "", theme.code() + ". " + theme.title()).raw("<ul class=\"plain\">\n");
            for (PublicView.DemandView d : theme.demands()) {
                h.raw("<li><span class=\"demand-title\">").text(d.code() + " " + d.title()).raw("</span>");
                if (d.body() != null) {
                    h.raw("<br><span class=\"muted\">").text(d.body()).raw("</span>");
                }
                h.raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    private static void press(Html h, PublicView v, PageText t) {
        h.raw("<section aria-labelledby=\"press-title\">\n").el("h2", "id=\"press-title\"", t.get("press"));
        if (v.press().isEmpty()) {
            h.el("p", "", t.get("press.none"));
        } else {
            h.raw("<ul class=\"plain\">\n");
            for (PublicView.PressView p : v.press()) {
                h.raw("<li>");
                if (p.url() != null) {
                    h.raw("<a href=\"" + escape(p.url()) + "\" rel=\"nofollow\">").text(p.title()).raw("</a>");
                } else {
                    h.text(p.title());
                }
                h.raw("<span class=\"when\">").text(p.outlet() + ", ").time(p.publishedOn(), t.date(p.publishedOn()))
                        .raw("</span></li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</section>\n");
    }

    private static void milestones(Html h, PublicView v, PageText t) {
        if (v.milestones().isEmpty()) {
            return;
        }
        h.raw("<section aria-labelledby=\"milestones-title\">\n")
                .el("h2", "id=\"milestones-title\"", t.get("milestones")).raw("<ul class=\"plain\">\n");
        for (PublicView.MilestoneView m : v.milestones()) {
            h.raw("<li>").text(m.title()).raw("<span class=\"when\">");
            if (m.dueOn() != null) {
                h.time(m.dueOn(), t.date(m.dueOn())).raw(" — ");
            }
            h.text(t.get("milestone." + m.status())).raw("</span></li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    /** Petitions, joint appeals and letter campaigns marked public: the weight behind the demands. */
    private static void mobilisations(Html h, PublicView v, PageText t) {
        if (v.mobilisations().isEmpty()) {
            return;
        }
        h.raw("<section aria-labelledby=\"mobilisations-title\">\n")
                .el("h2", "id=\"mobilisations-title\"", t.get("mobilisations")).raw("<ul class=\"plain\">\n");
        for (PublicView.MobilisationView m : v.mobilisations()) {
            h.raw("<li>").text(m.title() + " (" + t.kind(m.kind()) + ")").raw("<span class=\"when\">");
            h.text(m.count() == null ? t.get("mobilisation.no_count")
                    : t.get("mobilisation.count", m.count(), t.date(m.countedOn())));
            if (m.deliveredOn() != null) {
                h.text(" — " + t.get("mobilisation.delivered", t.date(m.deliveredOn())));
            }
            h.raw("</span></li>\n");
        }
        h.raw("</ul>\n</section>\n");
    }

    private static void follow(Html h, PublicView v, PageText t) {
        String slug = escape(v.slug());
        h.raw("<section aria-labelledby=\"follow-title\" class=\"no-print\">\n")
                .el("h2", "id=\"follow-title\"", t.get("follow")).raw("<ul class=\"plain\">\n")
                .raw("<li><a href=\"" + slug + "/feed.atom\" type=\"application/atom+xml\">").text(t.get("follow.feed"))
                .raw("</a></li>\n<li><a href=\"" + slug + ".json\" type=\"application/json\">").text(t.get("follow.json"))
                .raw("</a></li>\n</ul>\n").el("h3", "", t.get("follow.embed")).el("p", "", t.get("follow.embed_help"))
                .raw("<pre class=\"snippet\"><code>").text("<iframe src=\"https://example.org/p/" + v.slug()
                        + "/embed.html\" title=\"" + t.get("embed.title", v.name())
                        + "\" width=\"100%\" height=\"480\" style=\"border:0\"></iframe>")
                .raw("</code></pre>\n</section>\n");
    }

    private static Html row(Html h, String term) {
        return h.raw("<dt>").text(term).raw("</dt><dd>");
    }

    private static void badge(Html h, PublicStatus status, PageText t) {
        h.raw("<span class=\"badge status-" + status.name() + "\">").text(t.get("status." + status.name()))
                .raw("</span>");
    }
}
