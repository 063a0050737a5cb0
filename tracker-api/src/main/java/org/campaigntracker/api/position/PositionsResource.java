package org.campaigntracker.api.position;

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
import java.util.List;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionService;

/**
 * The ledger. The list holds each target's current statement per demand ({@code ?demand=}, {@code ?stakeholder=}
 * narrow it); with both, {@code ?history=true} lists every statement, oldest first.
 */
@Path("/api/v1/campaigns/{slug}/positions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PositionsResource {

    private final PositionService positions;

    public PositionsResource(PositionService positions) {
        this.positions = positions;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("demand") Long demand,
                         @QueryParam("stakeholder") Long stakeholder, @QueryParam("history") boolean history) {
        Caller caller = CallerPrincipal.of(sc);
        List<Position> rows = history && demand != null && stakeholder != null
                ? positions.history(caller.campaignId(), stakeholder, demand)
                : positions.current(caller.campaignId()).stream()
                        .filter(p -> demand == null || p.demandId() == demand)
                        .filter(p -> stakeholder == null || p.stakeholderId() == stakeholder).toList();
        boolean personal = caller.role().seesPersonalData();
        return Paging.of(limit, offset).slice(uri, rows, p -> PositionRepresentation.from(p, personal));
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, PositionRepresentation body) {
        Position p = positions.record(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
                .entity(PositionRepresentation.from(p, true)).tag(Etags.of(p.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller caller = CallerPrincipal.of(sc);
        boolean personal = caller.role().seesPersonalData();
        Position p = positions.position(caller.campaignId(), id);
        return Etags.item(request, PositionRepresentation.from(p, personal), Etags.of(p.version(), !personal));
    }

    /** Corrects a statement recorded wrongly; a new stance is a new POST, so history stays. */
    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response correct(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                            PositionRepresentation body) {
        int expected = Etags.expectedVersion(headers, "position", id,
                () -> positions.position(campaignId(sc), id).version());
        Position p = positions.correct(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(PositionRepresentation.from(p, true)).tag(Etags.of(p.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Position current = positions.position(campaignId(sc), id);
        return correct(sc, MergePatch.pinned(headers, "position", id, current.version()), id,
                MergePatch.apply(PositionRepresentation.from(current, true), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        positions.delete(campaignId(sc), id, Etags.expectedVersion(headers, "position", id,
                () -> positions.position(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
