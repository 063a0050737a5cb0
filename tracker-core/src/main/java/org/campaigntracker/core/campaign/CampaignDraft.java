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
 */
public record CampaignDraft(String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                            String defaultLanguage) {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    public static final Set<String> LANGUAGES = Set.of("fr", "en");

    public CampaignDraft {
        slug = slug == null ? null : slug.strip();
        name = Names.clean(name);
        objective = blankToNull(objective);
        deadlineLabel = blankToNull(deadlineLabel);
        defaultLanguage = defaultLanguage == null ? "fr" : defaultLanguage.strip().toLowerCase(java.util.Locale.ROOT);
        Check.of()
                .notBlank("slug", slug)
                .matches("slug", slug, SLUG, "caf-2023")
                .notBlank("name", name)
                .maxLength("name", name, 200)
                .maxLength("objective", objective, Check.LONG_TEXT)
                .maxLength("deadline_label", deadlineLabel, 300)
                .date("deadline", deadline)
                .that(LANGUAGES.contains(defaultLanguage), "language", "one_of", String.join(", ", LANGUAGES))
                .that(deadlineLabel == null || deadline != null, "deadline_label", "needs", "deadline")
                .orThrow();
    }

    public static CampaignDraft of(String slug, String name) {
        return new CampaignDraft(slug, name, null, null, null, "fr");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
