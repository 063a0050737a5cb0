package org.campaigntracker.api.plan;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.FollowUpService;

/** Follow-up tasks; {@code ?open=true} keeps those not done. */
@Path("/api/v1/campaigns/{slug}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class FollowUpsResource {

    private final FollowUpService plan;

    public FollowUpsResource(FollowUpService plan) {
        this.plan = plan;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("open") boolean open,
                         @QueryParam("owner") Long owner) {
        Check.of().that(owner == null || owner > 0, "owner", "format", "12").orThrow();
        return Paging.of(limit, offset).slice(uri, plan.list(campaignId(sc), open).stream()
                .filter(f -> owner == null || owner.equals(f.ownerId())).toList(), FollowUpRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, FollowUpRepresentation body) {
        FollowUp m = plan.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build())
                .entity(FollowUpRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        FollowUp m = plan.followUp(campaignId(sc), id);
        return Etags.item(request, FollowUpRepresentation.from(m), Etags.of(m.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           FollowUpRepresentation body) {
        int expected = Etags.expectedVersion(headers, "follow_up", id,
                () -> plan.followUp(campaignId(sc), id).version());
        FollowUp m = plan.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(FollowUpRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        FollowUp current = plan.followUp(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "follow_up", id, current.version()), id,
                MergePatch.apply(FollowUpRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        plan.delete(campaignId(sc), id, Etags.expectedVersion(headers, "follow_up", id,
                () -> plan.followUp(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
