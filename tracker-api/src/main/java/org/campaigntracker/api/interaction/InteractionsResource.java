package org.campaigntracker.api.interaction;

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
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionService;

/** Interactions, newest first; filters: kind, stakeholder, demand, from, to (days included). */
@Path("/api/v1/campaigns/{slug}/interactions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class InteractionsResource {

    private final InteractionService interactions;

    public InteractionsResource(InteractionService interactions) {
        this.interactions = interactions;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("kind") String kind,
                         @QueryParam("stakeholder") Long stakeholder, @QueryParam("demand") Long demand,
                         @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        Caller caller = CallerPrincipal.of(sc);
        Paging paging = Paging.of(limit, offset);
        InteractionFilter filter = new InteractionFilter(Wire.enumValue(InteractionKind.class, kind, "kind"),
                stakeholder, demand, from, to);
        return paging.respond(uri, interactions.list(caller.campaignId(), filter, paging.probe()), view(caller));
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, InteractionRepresentation body) {
        Interaction i = interactions.log(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(i.id())).build())
                .entity(InteractionRepresentation.from(i)).tag(Etags.of(i.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller caller = CallerPrincipal.of(sc);
        Interaction i = interactions.get(caller.campaignId(), id);
        return Etags.item(request, view(caller).apply(i), Etags.of(i.version(), !caller.role().seesPersonalData()));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           InteractionRepresentation body) {
        int expected = Etags.expectedVersion(headers, "interaction", id,
                () -> interactions.get(campaignId(sc), id).version());
        Interaction i = interactions.update(campaignId(sc), id, expected,
                Wire.body(body).toDraft());
        return Response.ok(InteractionRepresentation.from(i)).tag(Etags.of(i.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Interaction current = interactions.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "interaction", id, current.version()), id,
                MergePatch.apply(InteractionRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        interactions.delete(campaignId(sc), id,
                Etags.expectedVersion(headers, "interaction", id,
                () -> interactions.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    private static Function<Interaction, Object> view(Caller caller) {
        return caller.role().seesPersonalData() ? InteractionRepresentation::from : PublicInteraction::from;
    }
}
