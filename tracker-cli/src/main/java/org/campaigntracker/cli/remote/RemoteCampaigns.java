package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.campaign.CampaignBody;
import org.campaigntracker.api.campaign.CampaignRepresentation;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.campaign.Campaigns;

/** Campaigns through the API: the token's own. */
final class RemoteCampaigns implements Campaigns {

    private final RemoteSession session;

    RemoteCampaigns(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Campaign get(String slug) {
        return session.api().get("/api/v1/campaigns/" + RemoteApi.encode(slug), CampaignRepresentation.class)
                .toDomain();
    }

    @Override
    public List<Campaign> list() {
        return session.campaigns();
    }

    @Override
    public Campaign update(String slug, int expectedVersion, CampaignDraft draft) {
        Campaign updated = session.api().send("PUT", "/api/v1/campaigns/" + RemoteApi.encode(slug),
                CampaignBody.of(draft), expectedVersion, CampaignRepresentation.class).toDomain();
        session.campaignChanged();
        return updated;
    }
}
