package org.campaigntracker.api.outreach;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.outreach.Outreach;
import org.campaigntracker.core.outreach.OutreachCoverage;
import org.campaigntracker.core.outreach.OutreachService;

/** Sends to the press, oldest first, each with the coverage it led to (advisers and coordinators). */
@Path("/api/v1/campaigns/{slug}/outreach")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OutreachResource {

    private final OutreachService outreach;

    public OutreachResource(OutreachService outreach) {
        this.outreach = outreach;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset) {
        return Paging.of(limit, offset).slice(uri, outreach.coverage(campaignId(sc)), OutreachRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, OutreachRepresentation body) {
        Outreach o = outreach.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(o.id())).build())
                .entity(OutreachRepresentation.from(coverage(campaignId(sc), o.id())))
                .tag(Etags.of(o.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @PathParam("id") long id) {
        OutreachCoverage c = coverage(campaignId(sc), id);
        // The ETag is the send's version, for If-Match on DELETE; the coverage also changes with press items, so a
        // conditional GET is always answered in full, never with a stale 304.
        return Response.ok(OutreachRepresentation.from(c)).tag(Etags.of(c.outreach().version(), false)).build();
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           OutreachRepresentation body) {
        int expected = Etags.expectedVersion(headers, "outreach", id,
                () -> outreach.get(campaignId(sc), id).version());
        Outreach o = outreach.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(OutreachRepresentation.from(coverage(campaignId(sc), o.id())))
                .tag(Etags.of(o.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Outreach current = outreach.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "outreach", id, current.version()), id,
                MergePatch.apply(OutreachRepresentation.from(coverage(campaignId(sc), id)), patch));
    }

    /** The press item this send led to. */
    @POST
    @Path("{id}/press-items")
    @Allow(COORDINATOR)
    public Response link(@Context SecurityContext sc, @PathParam("id") long id, OutreachRepresentation.Link body) {
        OutreachRepresentation.Link link = Wire.body(body);
        outreach.linkPressItem(campaignId(sc), Wire.required(link.pressItemId(), "press_item_id"), id);
        return Response.ok(OutreachRepresentation.from(coverage(campaignId(sc), id))).build();
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        outreach.delete(campaignId(sc), id, Etags.expectedVersion(headers, "outreach", id,
                () -> outreach.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    private OutreachCoverage coverage(long campaignId, long id) {
        return outreach.coverage(campaignId).stream().filter(c -> c.outreach().id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("outreach", id));
    }
}
