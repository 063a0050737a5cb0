package org.campaigntracker.core.campaign;

import java.util.List;

/**
 * What a front door asks of campaigns: {@link CampaignService} answers over the database, the CLI's remote mode over
 * the HTTP API (where a token sees its own campaign only). Creating a campaign is {@link CampaignService}'s alone.
 */
public interface Campaigns {

    Campaign get(String slug);

    List<Campaign> list();

    Campaign update(String slug, int expectedVersion, CampaignDraft draft);
}
