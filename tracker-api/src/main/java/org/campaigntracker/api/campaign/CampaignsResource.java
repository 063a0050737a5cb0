package org.campaigntracker.api.campaign;

import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignService;

/** The caller's campaign: a token sees exactly one. */
@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CampaignsResource {

    private final CampaignService campaigns;

    public CampaignsResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    /** A list for symmetry with other collections; it holds the token's campaign only. */
    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public List<CampaignRepresentation> list(@Context SecurityContext security) {
        return List.of(CampaignRepresentation.from(campaigns.get(CallerPrincipal.of(security).campaignId())));
    }

    @GET
    @Path("{slug}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@PathParam("slug") String slug, @Context Request request) {
        Campaign c = campaigns.get(slug);
        return Etags.item(request, CampaignRepresentation.from(c), Etags.of(c.version(), false));
    }

    @PUT
    @Path("{slug}")
    @Allow(COORDINATOR)
    public Response update(@PathParam("slug") String slug, @Context HttpHeaders headers, CampaignBody body) {
        int expected = Etags.expectedVersion(headers, "campaign", slug,
                () -> campaigns.get(slug).version());
        Campaign c = campaigns.update(slug, expected, Wire.body(body).toDraft(slug));
        return Response.ok(CampaignRepresentation.from(c)).tag(Etags.of(c.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{slug}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@PathParam("slug") String slug, @Context HttpHeaders headers, JsonNode patch)
            throws JsonProcessingException {
        Campaign current = campaigns.get(slug);
        return update(slug, MergePatch.pinned(headers, "campaign", slug, current.version()),
                MergePatch.apply(CampaignBody.from(current), patch));
    }
}
