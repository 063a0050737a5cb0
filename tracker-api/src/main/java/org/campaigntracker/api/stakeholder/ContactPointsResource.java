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
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPointService;

/** One stakeholder's contact points: personal data, for advisers and coordinators only. */
@Path("/api/v1/campaigns/{slug}/stakeholders/{stakeholderId}/contact-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ContactPointsResource {

    private final ContactPointService contactPoints;

    public ContactPointsResource(ContactPointService contactPoints) {
        this.contactPoints = contactPoints;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("stakeholderId") long owner,
                         @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        return Paging.of(limit, offset).slice(uri, contactPoints.list(campaignId(sc), owner),
                ContactPointRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("stakeholderId") long owner,
                           ContactPointRepresentation body) {
        ContactPoint c = contactPoints.add(campaignId(sc), owner, Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build())
                .entity(ContactPointRepresentation.from(c)).tag(Etags.of(c.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("stakeholderId") long owner,
                        @PathParam("id") long id) {
        ContactPoint c = owned(campaignId(sc), owner, id);
        return Etags.item(request, ContactPointRepresentation.from(c), Etags.of(c.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers,
                           @PathParam("stakeholderId") long owner, @PathParam("id") long id,
                           ContactPointRepresentation body) {
        ContactPoint current = owned(campaignId(sc), owner, id);
        int expected = Etags.expectedVersion(headers, "contact_point", id, current::version);
        ContactPoint c = contactPoints.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(ContactPointRepresentation.from(c)).tag(Etags.of(c.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers,
                          @PathParam("stakeholderId") long owner, @PathParam("id") long id, JsonNode patch)
            throws JsonProcessingException {
        ContactPoint current = owned(campaignId(sc), owner, id);
        return update(sc, MergePatch.pinned(headers, "contact_point", id, current.version()), owner, id,
                MergePatch.apply(ContactPointRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers,
                           @PathParam("stakeholderId") long owner, @PathParam("id") long id) {
        ContactPoint current = owned(campaignId(sc), owner, id);
        int expected = Etags.expectedVersion(headers, "contact_point", id, current::version);
        contactPoints.delete(campaignId(sc), id, expected);
        return Response.noContent().build();
    }

    /** A contact point addressed under another stakeholder than its own does not exist at that address. */
    private ContactPoint owned(long campaignId, long owner, long id) {
        ContactPoint c = contactPoints.get(campaignId, id);
        if (c.stakeholderId() != owner) {
            throw new NotFoundException("contact_point", id);
        }
        return c;
    }
}
