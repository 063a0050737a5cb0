package org.campaigntracker.api.stakeholder;

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
import java.util.function.Function;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderFilter;
import org.campaigntracker.core.stakeholder.StakeholderService;

/** The stakeholder map of the caller's campaign, by name; partners get the public view. */
@Path("/api/v1/campaigns/{slug}/stakeholders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StakeholdersResource {

    private final StakeholderService stakeholders;

    public StakeholdersResource(StakeholderService stakeholders) {
        this.stakeholders = stakeholders;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("category") String category,
                         @QueryParam("min_power") Integer minPower, @QueryParam("organisation") Long organisation) {
        Caller caller = CallerPrincipal.of(sc);
        StakeholderFilter filter = new StakeholderFilter(
                Wire.enumValue(StakeholderCategory.class, category, "category"), minPower, organisation);
        Paging paging = Paging.of(limit, offset);
        return paging.respond(uri, stakeholders.list(caller.campaignId(), filter, paging.probe()), view(caller));
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, StakeholderRepresentation body) {
        Stakeholder s = stakeholders.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(s.id())).build())
                .entity(StakeholderRepresentation.from(s)).tag(Etags.of(s.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller caller = CallerPrincipal.of(sc);
        Stakeholder s = stakeholders.get(caller.campaignId(), id);
        return Etags.item(request, view(caller).apply(s), Etags.of(s.version(), !caller.role().seesPersonalData()));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           StakeholderRepresentation body) {
        int expected = Etags.expectedVersion(headers, "stakeholder", id,
                () -> stakeholders.get(campaignId(sc), id).version());
        Stakeholder s = stakeholders.update(campaignId(sc), id, expected,
                Wire.body(body).toDraft());
        return Response.ok(StakeholderRepresentation.from(s)).tag(Etags.of(s.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Stakeholder current = stakeholders.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "stakeholder", id, current.version()), id,
                MergePatch.apply(StakeholderRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        stakeholders.delete(campaignId(sc), id,
                Etags.expectedVersion(headers, "stakeholder", id,
                () -> stakeholders.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    private static Function<Stakeholder, Object> view(Caller caller) {
        return caller.role().seesPersonalData() ? StakeholderRepresentation::from : PublicStakeholder::from;
    }
}
