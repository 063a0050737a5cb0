package org.campaigntracker.api.publish;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.core.publish.PublishService;

/**
 * What a coordinator makes public, through the API: which positions, commitments, press items, milestones and
 * mobilisations are marked public, whether the page is open, and a preview of exactly what the page shows
 * (published or not).
 * Marking is a state, so it is {@code PUT} (mark) and {@code DELETE} (unmark) on the item's address here: repeating
 * either changes nothing.
 */
@Path("/api/v1/campaigns/{slug}/publication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PublicationResource {

    /** The collections' names in this API, for the kinds that can be public. */
    static final Map<String, PublicKind> KINDS = Map.of("positions", PublicKind.position,
            "commitments", PublicKind.commitment, "press-items", PublicKind.press, "milestones", PublicKind.milestone,
            "mobilisations", PublicKind.mobilisation);

    /** The collection's name in this API of a kind that can be public ("press-items"). */
    public static String pathOf(PublicKind kind) {
        return KINDS.entrySet().stream().filter(e -> e.getValue() == kind).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    private final PublishService publish;
    private final CampaignService campaigns;

    public PublicationResource(PublishService publish, CampaignService campaigns) {
        this.publish = publish;
        this.campaigns = campaigns;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public PublicationRepresentation get(@Context SecurityContext sc) {
        long campaign = campaignId(sc);
        return PublicationRepresentation.of(campaigns.get(campaign).slug(), publish.publication(campaign));
    }

    /** Opens ({@code "published": true}) or closes the public page; opening again keeps the first date. */
    @PUT
    @Allow(COORDINATOR)
    public PublicationRepresentation set(@Context SecurityContext sc, PublicationRepresentation.Opening body) {
        long campaign = campaignId(sc);
        Boolean open = Wire.body(body).published();
        if (open == null) {
            throw InvalidInputException.of("published", "required");
        }
        if (open) {
            publish.publish(campaign);
        } else {
            publish.unpublish(campaign);
        }
        return get(sc);
    }

    @PUT
    @Path("{kind}/{id}")
    @Allow(COORDINATOR)
    public Response mark(@Context SecurityContext sc, @PathParam("kind") String kind, @PathParam("id") long id) {
        publish.mark(campaignId(sc), kind(kind), id, true);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{kind}/{id}")
    @Allow(COORDINATOR)
    public Response unmark(@Context SecurityContext sc, @PathParam("kind") String kind, @PathParam("id") long id) {
        publish.mark(campaignId(sc), kind(kind), id, false);
        return Response.noContent().build();
    }

    /** The page as it would read now, in {@code ?lang=} or the reader's language, whether it is open or not. */
    @GET
    @Path("preview")
    @Produces("text/html; charset=utf-8")
    @Allow({ADVISER, COORDINATOR})
    public Response preview(@Context SecurityContext sc, @Context HttpHeaders headers,
                            @QueryParam("lang") String lang) {
        if (lang != null && !PublicFiles.LANGUAGES.contains(lang)) {
            throw InvalidInputException.of("lang", "one_of", String.join(", ", PublicFiles.LANGUAGES));
        }
        var view = publish.preview(campaignId(sc));
        String language = PublicResource.language(lang, headers, view.defaultLanguage());
        return Response.ok(PublicFiles.preview(view, language))
                .header("Content-Security-Policy", PublicResource.CSP).header("Cache-Control", "no-store").build();
    }

    private static PublicKind kind(String name) {
        PublicKind kind = KINDS.get(name);
        if (kind == null) {
            throw new NotFoundException();
        }
        return kind;
    }
}
