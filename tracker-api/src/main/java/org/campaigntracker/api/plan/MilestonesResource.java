package org.campaigntracker.api.plan;

import static org.campaigntracker.api.security.CallerPrincipal.campaignId;
import static org.campaigntracker.core.access.Role.ADVISER;
import static org.campaigntracker.core.access.Role.COORDINATOR;
import static org.campaigntracker.core.access.Role.PARTNER;

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
import org.campaigntracker.core.plan.Milestone;
import org.campaigntracker.core.plan.PlanService;

/** Milestones of the retro-plan, in plan order. */
@Path("/api/v1/campaigns/{slug}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MilestonesResource {

    private final PlanService plan;

    public MilestonesResource(PlanService plan) {
        this.plan = plan;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset) {
        return Paging.of(limit, offset).slice(uri, plan.milestones(campaignId(sc)), MilestoneRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, MilestoneRepresentation body) {
        Milestone m = plan.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build())
                .entity(MilestoneRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Milestone m = plan.milestone(campaignId(sc), id);
        return Etags.item(request, MilestoneRepresentation.from(m), Etags.of(m.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           MilestoneRepresentation body) {
        int expected = Etags.expectedVersion(headers, "milestone", id,
                () -> plan.milestone(campaignId(sc), id).version());
        Milestone m = plan.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(MilestoneRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Milestone current = plan.milestone(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "milestone", id, current.version()), id,
                MergePatch.apply(MilestoneRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        plan.delete(campaignId(sc), id, Etags.expectedVersion(headers, "milestone", id,
                () -> plan.milestone(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
