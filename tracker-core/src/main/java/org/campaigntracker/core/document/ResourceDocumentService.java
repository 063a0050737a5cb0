package org.campaigntracker.core.document;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.testimony.TestimonyService;
import org.campaigntracker.core.brief.Briefing;
import org.campaigntracker.core.brief.BriefingDocument;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.brief.BriefingDocument.Section;
import org.campaigntracker.core.brief.Stories;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.testimony.ConsentUse;

/**
 * Gathers the resource document; reads only. It says nothing about who decides what or where each target stands:
 * it goes to the decision makers themselves.
 */
public final class ResourceDocumentService implements ResourceDocuments {

    private final DemandService demands;
    private final Stories stories;
    private final PressService press;
    private final StakeholderService stakeholders;
    private final TestimonyService testimonies;

    public ResourceDocumentService(DemandService demands, Stories stories, PressService press, StakeholderService stakeholders, TestimonyService testimonies) {
        this.demands = demands;
        this.stories = stories;
        this.press = press;
        this.stakeholders = stakeholders;
        this.testimonies = testimonies;
    }

    @Override
    public String render(Campaign campaign, LocalDate today, Locale locale, BriefingFormat format) {
        return format.render(document(campaign, today, locale), locale);
    }

    public BriefingDocument document(Campaign campaign, LocalDate today, Locale locale) {
        long c = campaign.id();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Theme> themes = demands.themes(c).stream().filter(Theme::active).toList();
        List<Demand> demands = this.demands.demands(c).stream().filter(Demand::active).toList();
        List<Briefing.Story> stories = this.stories.usable(c, ConsentUse.RESOURCE_DOCUMENT, today, locale,
                false);
        List<PressItem> press = this.press.list(c, PressFilter.all());
        List<Section> sections = new ArrayList<>();
        if (campaign.objective() != null) {
            sections.add(new Section(m(locale, "doc.objective"), List.of(campaign.objective())));
        }
        for (Theme theme : themes) {
            List<String> lines = new ArrayList<>();
            if (theme.description() != null) {
                lines.add(theme.description());
            }
            demands.stream().filter(d -> d.themeId() == theme.id())
                    .forEach(d -> lines.add(d.label() + (d.body() == null ? "" : " — " + d.body())));
            sections.add(new Section(theme.code() + ". " + theme.title(), lines));
        }
        sections.add(new Section(m(locale, "doc.figures"), figures(c, demands, stories, press, locale)));
        sections.add(new Section(m(locale, "doc.testimonies"), stories.isEmpty() ? List.of(m(locale, "brief.none"))
                : stories.stream().map(s -> s.shownAs() + (s.demandCodes().isEmpty() ? ""
                        : " (" + String.join(", ", s.demandCodes()) + ")") + " : " + s.story()).toList()));
        sections.add(new Section(m(locale, "doc.sources"), press.isEmpty() ? List.of(m(locale, "brief.none"))
                : press.stream().map(p -> dates.format(p.publishedOn()) + " — " + p.outlet() + " : " + p.title()
                        + (p.url() == null ? "" : " " + p.url())).toList()));
        return new BriefingDocument(campaign.name(),
                m(locale, "doc.subtitle", dates.format(today)), List.copyOf(sections));
    }

    private List<String> figures(long campaignId, List<Demand> demands, List<Briefing.Story> stories,
                                 List<PressItem> press, Locale locale) {
        long organisations = stakeholders.list(campaignId).stream()
                .filter(s -> s.isOrganisation() && (s.category() == StakeholderCategory.coalition_member
                        || s.category() == StakeholderCategory.ally)).count();
        return List.of(m(locale, "doc.figure.organisations", organisations),
                m(locale, "doc.figure.demands", demands.size()),
                m(locale, "doc.figure.testimonies", testimonies.list(campaignId).size(), stories.size()),
                m(locale, "doc.figure.press", press.size()));
    }

    private static String m(Locale locale, String key, Object... args) {
        return Messages.format(locale, key, args);
    }
}
