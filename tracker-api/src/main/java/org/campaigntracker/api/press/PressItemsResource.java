package org.campaigntracker.api.press;

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
import java.time.LocalDate;
import java.util.function.Function;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressService;

/**
 * Press items, newest first; filters: theme, demand, stakeholder (quoted), kind (medium), from, to. Partners get
 * the public view.
 */
@Path("/api/v1/campaigns/{slug}/press-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PressItemsResource {

    private final PressService press;

    public PressItemsResource(PressService press) {
        this.press = press;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("theme") Long theme,
                         @QueryParam("demand") Long demand, @QueryParam("stakeholder") Long stakeholder,
                         @QueryParam("kind") String medium, @QueryParam("from") LocalDate from,
                         @QueryParam("to") LocalDate to) {
        PressFilter filter = new PressFilter(theme, demand, stakeholder,
                Wire.enumValue(PressMedium.class, medium, "kind"), from, to);
        Caller caller = CallerPrincipal.of(sc);
        return Paging.of(limit, offset).slice(uri, press.list(caller.campaignId(), filter), view(caller));
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, PressItemRepresentation body) {
        PressItem p = press.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
                .entity(PressItemRepresentation.from(p)).tag(Etags.of(p.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller caller = CallerPrincipal.of(sc);
        PressItem p = press.get(caller.campaignId(), id);
        return Etags.item(request, view(caller).apply(p), Etags.of(p.version(), !caller.role().seesPersonalData()));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           PressItemRepresentation body) {
        int expected = Etags.expectedVersion(headers, "press_item", id,
                () -> press.get(campaignId(sc), id).version());
        PressItem p = press.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(PressItemRepresentation.from(p)).tag(Etags.of(p.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        PressItem current = press.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "press_item", id, current.version()), id,
                MergePatch.apply(PressItemRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        press.delete(campaignId(sc), id, Etags.expectedVersion(headers, "press_item", id,
                () -> press.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    private static Function<PressItem, Object> view(Caller caller) {
        return caller.role().seesPersonalData() ? PressItemRepresentation::from : PublicPressItem::from;
    }
}
