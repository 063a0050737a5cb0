package org.campaigntracker.core.campaign;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * What a user gives to create or change a campaign.
 *
 * @param slug            short identifier used on the command line and in URLs (caf-2023)
 * @param deadline        the date the campaign works toward (the COG signature), if any
 * @param deadlineLabel   what happens at the deadline
 * @param defaultLanguage fr or en
 * @param doubleAskDays   how many days apart two organisations' meetings with one target count as a double ask (0 to
 *                        90; null for 14, what coalition guides advise: one office, one ask, about two weeks apart)
 */
public record CampaignDraft(String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                            String defaultLanguage, Integer doubleAskDays) {

    public static final int DEFAULT_DOUBLE_ASK_DAYS = 14;

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    public CampaignDraft {
        slug = slug == null ? null : slug.strip();
        name = Names.clean(name);
        objective = blankToNull(objective);
        deadlineLabel = blankToNull(deadlineLabel);
        defaultLanguage = defaultLanguage == null ? "fr" : defaultLanguage.strip().toLowerCase(java.util.Locale.ROOT);
        doubleAskDays = doubleAskDays == null ? DEFAULT_DOUBLE_ASK_DAYS : doubleAskDays;
        Check.of()
                .notBlank("slug", slug)
                .matches("slug", slug, SLUG, "caf-2023")
                .notBlank("name", name)
                .maxLength("name", name, 200)
                .maxLength("objective", objective, Check.LONG_TEXT)
                .maxLength("deadline_label", deadlineLabel, 300)
                .date("deadline", deadline)
                .range("double_ask_days", doubleAskDays, 0, 90)
                .that(LANGUAGES.contains(defaultLanguage), "language", "one_of", String.join(", ", LANGUAGES))
                .that(deadlineLabel == null || deadline != null, "deadline_label", "needs", "deadline")
                .orThrow();
    }

    public CampaignDraft(String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                         String defaultLanguage) {
        this(slug, name, objective, deadline, deadlineLabel, defaultLanguage, null);
    }

    public CampaignDraft withDoubleAskDays(Integer days) {
        return new CampaignDraft(slug, name, objective, deadline, deadlineLabel, defaultLanguage, days);
    }

    public static CampaignDraft of(String slug, String name) {
        return new CampaignDraft(slug, name, null, null, null, "fr");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
