package org.campaigntracker.cli.remote;

import java.util.List;
import java.util.Locale;
import org.campaigntracker.api.campaign.CampaignRepresentation;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.common.NotFoundException;

/**
 * One run's connection to a server: the API client and the campaigns the token reaches (read once), so the ports
 * can turn core's campaign ids back into the slugs of the API's paths.
 */
public final class RemoteSession {

    private final RemoteApi api;
    private List<Campaign> campaigns;
    private Role role;

    public RemoteSession(RemoteSettings settings, Locale locale) {
        this.api = new RemoteApi(settings, locale);
    }

    public RemoteApi api() {
        return api;
    }

    /** The campaigns the token reaches: its own. */
    public List<Campaign> campaigns() {
        if (campaigns == null) {
            campaigns = java.util.Arrays.stream(api.get("/api/v1/campaigns", CampaignRepresentation[].class))
                    .map(CampaignRepresentation::toDomain).toList();
        }
        return campaigns;
    }

    /** The token's role, as the server tells the pages. */
    public Role role() {
        if (role == null) {
            String slug = campaigns().get(0).slug();
            role = Role.parse(api.get("/api/v1/campaigns/" + RemoteApi.encode(slug) + "/pages").path("role").asText());
        }
        return role;
    }

    /** {@code /api/v1/campaigns/<slug>} + rest, for the campaign of this id. */
    public String path(long campaignId, String rest) {
        return "/api/v1/campaigns/" + RemoteApi.encode(campaign(campaignId).slug()) + rest;
    }

    /** The campaign of this id, among the token's. */
    public Campaign campaign(long campaignId) {
        return campaigns().stream().filter(c -> c.id() == campaignId).findFirst()
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
    }

    /** Forgets the campaigns read, after one changed. */
    void campaignChanged() {
        campaigns = null;
    }
}
