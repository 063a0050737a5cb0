package org.campaigntracker.api.campaign;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.campaigntracker.core.campaign.CampaignService;

/** Read access to campaigns. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public final class CampaignsResource {

    private final CampaignService campaigns;

    public CampaignsResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    public List<CampaignRepresentation> list() {
        return campaigns.list().stream().map(CampaignRepresentation::from).toList();
    }

    @GET
    @Path("{slug}")
    public CampaignRepresentation get(@PathParam("slug") String slug) {
        return CampaignRepresentation.from(campaigns.get(slug));
    }
}
