package org.campaigntracker.api.demand;

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
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.Demand;

/** Demands of the caller’s campaign, by theme and code; {@code ?theme=} keeps one theme’s. */
@Path("/api/v1/campaigns/{slug}/demands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class DemandsResource {

    private final DemandService demands;

    public DemandsResource(DemandService demands) {
        this.demands = demands;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("theme") Long theme) {
        return Paging.of(limit, offset).slice(uri, themeFilter(demands.demands(campaignId(sc)), theme),
                DemandRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, DemandRepresentation body) {
        Demand t = demands.addDemand(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.id())).build())
                .entity(DemandRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Demand t = demands.demand(campaignId(sc), id);
        return Etags.item(request, DemandRepresentation.from(t), Etags.of(t.version(), false));
    }

    /** Its earlier wordings, oldest first; the current one is the demand itself. */
    @GET
    @Path("{id}/history")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response history(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                            @QueryParam("offset") Integer offset, @PathParam("id") long id) {
        return Paging.of(limit, offset).slice(uri, demands.demandHistory(campaignId(sc), id),
                RevisionRepresentation::from);
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           DemandRepresentation body) {
        int expected = Etags.expectedVersion(headers, "demand", id,
                () -> demands.demand(campaignId(sc), id).version());
        Demand t = demands.updateDemand(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(DemandRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Demand current = demands.demand(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "demand", id, current.version()), id,
                MergePatch.apply(DemandRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        demands.deleteDemand(campaignId(sc), id, Etags.expectedVersion(headers, "demand", id,
                () -> demands.demand(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    private static List<Demand> themeFilter(List<Demand> all, Long theme) {
        return theme == null ? all : all.stream().filter(d -> d.themeId() == theme).toList();
    }
}
