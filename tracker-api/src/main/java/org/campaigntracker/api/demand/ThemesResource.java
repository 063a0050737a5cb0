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
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.Theme;

/** Themes of the caller's campaign, in their display order. */
@Path("/api/v1/campaigns/{slug}/themes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ThemesResource {

    private final DemandService demands;

    public ThemesResource(DemandService demands) {
        this.demands = demands;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset) {
        return Paging.of(limit, offset).slice(uri, demands.themes(campaignId(sc)), ThemeRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, ThemeRepresentation body) {
        Theme t = demands.addTheme(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.id())).build())
                .entity(ThemeRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Theme t = demands.theme(campaignId(sc), id);
        return Etags.item(request, ThemeRepresentation.from(t), Etags.of(t.version(), false));
    }

    /** Its earlier wordings, oldest first; the current one is the theme itself. */
    @GET
    @Path("{id}/history")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response history(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                            @QueryParam("offset") Integer offset, @PathParam("id") long id) {
        return Paging.of(limit, offset).slice(uri, demands.themeHistory(campaignId(sc), id),
                RevisionRepresentation::from);
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           ThemeRepresentation body) {
        int expected = Etags.expectedVersion(headers, "theme", id,
                () -> demands.theme(campaignId(sc), id).version());
        Theme t = demands.updateTheme(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(ThemeRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Theme current = demands.theme(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "theme", id, current.version()), id,
                MergePatch.apply(ThemeRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        demands.deleteTheme(campaignId(sc), id, Etags.expectedVersion(headers, "theme", id,
                () -> demands.theme(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
