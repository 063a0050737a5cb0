package org.campaigntracker.core.brief;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.campaign.Campaign;

/**
 * What a front door asks of briefing packs: {@link BriefingService} builds them over the database, the CLI's remote
 * mode reads the one the server renders. The answer is the rendered text, the one thing both can give alike.
 */
public interface Briefings {

    /** The briefing pack on one stakeholder as of {@code today}, in the language and format given. */
    String render(Campaign campaign, long stakeholderId, LocalDate today, Locale locale, BriefingFormat format);
}
