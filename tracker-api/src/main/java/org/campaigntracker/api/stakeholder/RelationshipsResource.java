package org.campaigntracker.api.stakeholder;

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
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.RelationshipService;

/** The edges of the influence map; {@code ?stakeholder=} keeps those touching one stakeholder. */
@Path("/api/v1/campaigns/{slug}/relationships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class RelationshipsResource {

    private final RelationshipService relationships;

    public RelationshipsResource(RelationshipService relationships) {
        this.relationships = relationships;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("stakeholder") Long stakeholder) {
        Paging paging = Paging.of(limit, offset);
        return paging.respond(uri, relationships.list(campaignId(sc), stakeholder, paging.probe()),
                RelationshipRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, RelationshipRepresentation body) {
        Relationship r = relationships.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
                .entity(RelationshipRepresentation.from(r)).tag(Etags.of(r.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Relationship r = relationships.get(campaignId(sc), id);
        return Etags.item(request, RelationshipRepresentation.from(r), Etags.of(r.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           RelationshipRepresentation body) {
        int expected = Etags.expectedVersion(headers, "relationship", id,
                () -> relationships.get(campaignId(sc), id).version());
        Relationship r = relationships.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(RelationshipRepresentation.from(r)).tag(Etags.of(r.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Relationship current = relationships.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "relationship", id, current.version()), id,
                MergePatch.apply(RelationshipRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        relationships.delete(campaignId(sc), id, Etags.expectedVersion(headers, "relationship", id,
                () -> relationships.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
