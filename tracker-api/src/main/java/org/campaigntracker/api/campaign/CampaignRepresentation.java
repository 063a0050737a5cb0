package org.campaigntracker.api.campaign;

import java.time.LocalDate;
import org.campaigntracker.core.campaign.Campaign;

/** A campaign on the wire. */
public record CampaignRepresentation(String slug, String name, String objective, LocalDate deadline,
                                     String deadlineLabel, String defaultLanguage, int doubleAskDays,
                                     int version) {

    public static CampaignRepresentation from(Campaign c) {
        return new CampaignRepresentation(c.slug(), c.name(), c.objective(), c.deadline(), c.deadlineLabel(),
                c.defaultLanguage(), c.doubleAskDays(), c.version());
    }
}
