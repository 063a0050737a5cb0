package org.campaigntracker.api.testimony;

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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.audit.AuditFilter;
import org.campaigntracker.api.audit.Audited;
import org.campaigntracker.api.http.Etags;
import org.campaigntracker.api.http.MergePatch;
import org.campaigntracker.api.http.Paging;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.api.security.CallerPrincipal;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyService;

/**
 * Testimonies by pseudonym. A partner sees only those a "public" consent allows today, so a withdrawal takes them
 * out of the very next response; everyone else sees them all, with story and consents.
 */
@Path("/api/v1/campaigns/{slug}/testimonies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TestimoniesResource {

    private final TestimonyService testimonies;
    private final Clock clock;

    public TestimoniesResource(TestimonyService testimonies, Clock clock) {
        this.testimonies = testimonies;
        this.clock = clock;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    @Audited("testimony")
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @Context ContainerRequestContext request,
                         @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        long c = campaignId(sc);
        Paging paging = Paging.of(limit, offset);
        LocalDate today = LocalDate.now(clock);
        if (!sees(sc)) {
            List<Testimony> usable = testimonies.usableFor(c, ConsentUse.PUBLIC, today);
            audited(request, paging, usable);
            return paging.slice(uri, usable, t -> PublicTestimony.from(t, today));
        }
        List<Testimony> all = testimonies.list(c);
        audited(request, paging, all);
        return paging.slice(uri, all, TestimonyRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    @Audited(value = "testimony", action = "create")
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, @Context ContainerRequestContext request,
                           TestimonyRepresentation body) {
        Testimony t = testimonies.add(campaignId(sc), Wire.body(body).toDraft());
        request.setProperty(AuditFilter.IDS, List.of(t.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.id())).build())
                .entity(TestimonyRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    @Audited("testimony")
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Testimony t = testimonies.get(campaignId(sc), id);
        if (!sees(sc)) {
            LocalDate today = LocalDate.now(clock);
            // Not "forbidden": a partner must not learn that a testimony without public consent exists.
            if (!t.allows(ConsentUse.PUBLIC, today)) {
                throw new NotFoundException("testimony", id);
            }
            return Etags.item(request, PublicTestimony.from(t, today), Etags.of(t.version(), true));
        }
        return Etags.item(request, TestimonyRepresentation.from(t), Etags.of(t.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    @Audited(value = "testimony", action = "update")
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           TestimonyRepresentation body) {
        int expected = Etags.expectedVersion(headers, "testimony", id,
                () -> testimonies.get(campaignId(sc), id).version());
        Testimony t = testimonies.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(TestimonyRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    @Audited(value = "testimony", action = "update")
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Testimony current = testimonies.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "testimony", id, current.version()), id,
                MergePatch.apply(TestimonyRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    @Audited(value = "testimony", action = "delete")
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        testimonies.delete(campaignId(sc), id, Etags.expectedVersion(headers, "testimony", id,
                () -> testimonies.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    static boolean sees(SecurityContext sc) {
        return CallerPrincipal.of(sc).role().seesPersonalData();
    }

    private static void audited(ContainerRequestContext request, Paging paging, List<Testimony> all) {
        request.setProperty(AuditFilter.IDS, all.stream().skip(paging.offset()).limit(paging.limit())
                .map(Testimony::id).toList());
    }
}
