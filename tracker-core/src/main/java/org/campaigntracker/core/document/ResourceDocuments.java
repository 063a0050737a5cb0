package org.campaigntracker.core.document;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.campaign.Campaign;

/**
 * What a front door asks of the resource document: {@link ResourceDocumentService} builds it over the database, the
 * CLI's remote mode reads the one the server renders.
 */
public interface ResourceDocuments {

    /** The resource document as of {@code today}, in the language and format given. */
    String render(Campaign campaign, LocalDate today, Locale locale, BriefingFormat format);
}
