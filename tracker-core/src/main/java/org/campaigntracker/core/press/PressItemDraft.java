package org.campaigntracker.core.press;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A press item as a user gives it. A null tone means neutral.
 *
 * @param outlet               France Inter, Mediapart, …
 * @param url                  http or https; at most one item per address in a campaign
 * @param reach                audience or readership, when known
 * @param quotedStakeholderIds stakeholders quoted in the item
 * @param testimonyIds         testimonies the item used
 * @param outreachId           the send to the press that led to the item, when known
 */
public record PressItemDraft(String outlet, PressMedium medium, LocalDate publishedOn, String title, String url,
                             String journalist, Long reach, PressTone tone, String summary, List<Long> themeIds,
                             List<Long> demandIds, List<Long> quotedStakeholderIds, List<Long> testimonyIds,
                             Long outreachId) {

    /** More than the world's population: a typo, and sums of reach must not overflow. */
    public static final long MAX_REACH = 10_000_000_000L;

    static final Pattern URL = Pattern.compile("https?://\\S+");

    public PressItemDraft {
        outlet = Names.clean(outlet);
        title = Names.clean(title);
        url = url == null || url.isBlank() ? null : url.strip();
        journalist = journalist == null || journalist.isBlank() ? null : Names.clean(journalist);
        tone = tone == null ? PressTone.NEUTRAL : tone;
        summary = summary == null || summary.isBlank() ? null : summary.strip();
        themeIds = idSet(themeIds);
        demandIds = idSet(demandIds);
        quotedStakeholderIds = idSet(quotedStakeholderIds);
        testimonyIds = idSet(testimonyIds);
        Check.of()
                .notBlank("outlet", outlet)
                .maxLength("outlet", outlet, 200)
                .required("medium", medium)
                .required("published_on", publishedOn)
                .date("published_on", publishedOn)
                .notBlank("title", title)
                .maxLength("title", title, 500)
                .matches("url", url, URL, "https://www.radiofrance.fr/…")
                .maxLength("url", url, 2000)
                .maxLength("journalist", journalist, 200)
                .notNegative("reach", reach)
                .that(reach == null || reach <= MAX_REACH, "reach", "range", 0L, MAX_REACH)
                .maxLength("summary", summary, Check.LONG_TEXT)
                .maxSize("themes", themeIds, Check.MAX_LINKS)
                .maxSize("demands", demandIds, Check.MAX_LINKS)
                .maxSize("quoted", quotedStakeholderIds, Check.MAX_LINKS)
                .maxSize("testimonies", testimonyIds, Check.MAX_LINKS)
                .orThrow();
    }

    /** An item no known send led to. */
    public PressItemDraft(String outlet, PressMedium medium, LocalDate publishedOn, String title, String url,
                          String journalist, Long reach, PressTone tone, String summary, List<Long> themeIds,
                          List<Long> demandIds, List<Long> quotedStakeholderIds, List<Long> testimonyIds) {
        this(outlet, medium, publishedOn, title, url, journalist, reach, tone, summary, themeIds, demandIds,
                quotedStakeholderIds, testimonyIds, null);
    }

    public static PressItemDraft of(String outlet, PressMedium medium, LocalDate publishedOn, String title,
                                    String url) {
        return new PressItemDraft(outlet, medium, publishedOn, title, url, null, null, null, null, null, null, null,
                null);
    }

    public PressItemDraft withLinks(List<Long> themes, List<Long> demands, List<Long> quoted, List<Long> testimonies) {
        return new PressItemDraft(outlet, medium, publishedOn, title, url, journalist, reach, tone, summary, themes,
                demands, quoted, testimonies, outreachId);
    }

    /** Sorted and without repeats, so a draft and the stored item compare equal. */
    static List<Long> idSet(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new TreeSet<>(ids));
    }
}
