package org.campaigntracker.api.campaign;

import java.time.LocalDate;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;

/**
 * What a coordinator sends to change a campaign; the slug is the address and does not change here. Without
 * {@code doubleAskDays} the window is the default (14 days).
 */
public record CampaignBody(String name, String objective, LocalDate deadline, String deadlineLabel,
                           String defaultLanguage, Integer doubleAskDays) {

    static CampaignBody from(Campaign c) {
        return new CampaignBody(c.name(), c.objective(), c.deadline(), c.deadlineLabel(), c.defaultLanguage(),
                c.doubleAskDays());
    }

    /** The body that asks for this draft (its slug is the address). */
    public static CampaignBody of(CampaignDraft d) {
        return new CampaignBody(d.name(), d.objective(), d.deadline(), d.deadlineLabel(), d.defaultLanguage(),
                d.doubleAskDays());
    }

    CampaignDraft toDraft(String slug) {
        return new CampaignDraft(slug, name, objective, deadline, deadlineLabel, defaultLanguage, doubleAskDays);
    }
}
