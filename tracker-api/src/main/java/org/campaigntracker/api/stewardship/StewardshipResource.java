package org.campaigntracker.api.stewardship;

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
import java.time.Clock;
import java.time.LocalDate;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.common.StaleVersionException;
import org.campaigntracker.core.stewardship.AccessRating;
import org.campaigntracker.core.stewardship.Stewardship;
import org.campaigntracker.core.stewardship.StewardshipService;

/**
 * A stakeholder's owner and cadence ({@code …/stewardship}: always there, version 0 before anything is set, so the
 * first PUT carries {@code If-Match: "v0"}), its access ratings ({@code …/access}, newest first), and the campaign's
 * relationships past their cadence ({@code …/relationships-due}).
 */
@Path("/api/v1/campaigns/{slug}/stakeholders/{stakeholderId}/stewardship")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StewardshipResource {

    private final StewardshipService stewardship;

    public StewardshipResource(StewardshipService stewardship) {
        this.stewardship = stewardship;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request,
                        @PathParam("stakeholderId") long stakeholderId) {
        Stewardship s = stewardship.get(campaignId(sc), stakeholderId);
        return Etags.item(request, StewardshipRepresentation.from(s), Etags.of(s.version(), false));
    }

    @PUT
    @Allow(COORDINATOR)
    public Response put(@Context SecurityContext sc, @Context HttpHeaders headers,
                        @PathParam("stakeholderId") long stakeholderId, StewardshipRepresentation body) {
        int expected = Etags.expectedVersion(headers, "stewardship", stakeholderId,
                () -> stewardship.get(campaignId(sc), stakeholderId).version());
        Stewardship s = stewardship.put(campaignId(sc), stakeholderId, expected, Wire.body(body).toDraft());
        return Response.ok(StewardshipRepresentation.from(s)).tag(Etags.of(s.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers,
                          @PathParam("stakeholderId") long stakeholderId, JsonNode patch)
            throws JsonProcessingException {
        Stewardship current = stewardship.get(campaignId(sc), stakeholderId);
        return put(sc, MergePatch.pinned(headers, "stewardship", stakeholderId, current.version()), stakeholderId,
                MergePatch.apply(StewardshipRepresentation.from(current), patch));
    }

    /** A stakeholder's access ratings, newest first. */
    @Path("/api/v1/campaigns/{slug}/stakeholders/{stakeholderId}/access")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class Access {

        private final StewardshipService stewardship;

        public Access(StewardshipService stewardship) {
            this.stewardship = stewardship;
        }

        @GET
        @Allow({ADVISER, COORDINATOR})
        public Response ratings(@Context SecurityContext sc, @Context UriInfo uri,
                                @PathParam("stakeholderId") long stakeholderId, @QueryParam("limit") Integer limit,
                                @QueryParam("offset") Integer offset) {
            return Paging.of(limit, offset).slice(uri, stewardship.accessHistory(campaignId(sc), stakeholderId),
                    StewardshipRepresentation.Rating::from);
        }

        @POST
        @Allow(COORDINATOR)
        public Response rate(@Context SecurityContext sc, @Context UriInfo uri,
                             @PathParam("stakeholderId") long stakeholderId, StewardshipRepresentation.Rating body) {
            AccessRating r = stewardship.rate(campaignId(sc), stakeholderId, Wire.body(body).toDraft());
            // A rating never changes: its tag is always "v1", for the If-Match of a DELETE.
            return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
                    .entity(StewardshipRepresentation.Rating.from(r)).tag(Etags.of(1, false)).build();
        }

        /** One rating (where a POST's Location points); its tag is always "v1". */
        @GET
        @Path("{id}")
        @Allow({ADVISER, COORDINATOR})
        public Response rating(@Context SecurityContext sc, @PathParam("stakeholderId") long stakeholderId,
                               @PathParam("id") long id) {
            AccessRating r = stewardship.accessHistory(campaignId(sc), stakeholderId).stream()
                    .filter(a -> a.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("access_rating", id));
            return Response.ok(StewardshipRepresentation.Rating.from(r)).tag(Etags.of(1, false)).build();
        }

        /** A rating entered by mistake; the history keeps the others. */
        @DELETE
        @Path("{id}")
        @Allow(COORDINATOR)
        public Response deleteRating(@Context SecurityContext sc, @Context HttpHeaders headers,
                                     @PathParam("stakeholderId") long stakeholderId, @PathParam("id") long id) {
            if (Etags.expectedVersion(headers, "access_rating", id, () -> 1) != 1) {
                throw new StaleVersionException("access_rating", id, 1);
            }
            stewardship.deleteRating(campaignId(sc), stakeholderId, id);
            return Response.noContent().build();
        }
    }

    /** The campaign's relationships past their cadence. */
    @Path("/api/v1/campaigns/{slug}/relationships-due")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class Due {

        private final StewardshipService stewardship;
        private final Clock clock;

        public Due(StewardshipService stewardship, Clock clock) {
            this.stewardship = stewardship;
            this.clock = clock;
        }

        /** Never contacted first, then the most overdue; {@code owner}: one member's; {@code asOf}: default today. */
        @GET
        @Allow({ADVISER, COORDINATOR})
        public Response due(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("owner") Long owner,
                            @QueryParam("asOf") LocalDate asOf, @QueryParam("limit") Integer limit,
                            @QueryParam("offset") Integer offset) {
            return Paging.of(limit, offset).slice(uri, stewardship.due(campaignId(sc), owner,
                    asOf != null ? asOf : LocalDate.now(clock)), StewardshipRepresentation.Due::from);
        }
    }
}
