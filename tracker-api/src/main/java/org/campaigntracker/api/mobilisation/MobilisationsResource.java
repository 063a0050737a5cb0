package org.campaigntracker.api.mobilisation;

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
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.mobilisation.Delivery;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationService;

/**
 * Petitions, joint appeals and letter campaigns, newest launch first, with their counts; partners get the public
 * view. Counts and the delivery are sub-resources: adding a count needs no If-Match (it replaces at most that
 * day's figure), but one is checked when sent.
 */
@Path("/api/v1/campaigns/{slug}/mobilisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class MobilisationsResource {

    private final MobilisationService mobilisations;

    public MobilisationsResource(MobilisationService mobilisations) {
        this.mobilisations = mobilisations;
    }

    @GET
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset) {
        Caller caller = CallerPrincipal.of(sc);
        return Paging.of(limit, offset).slice(uri, mobilisations.list(caller.campaignId()), view(caller));
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, MobilisationRepresentation body) {
        MobilisationRepresentation b = Wire.body(body);
        Mobilisation m = mobilisations.add(campaignId(sc), b.toDraft(), b.count());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build())
                .entity(MobilisationRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Caller caller = CallerPrincipal.of(sc);
        Mobilisation m = mobilisations.get(caller.campaignId(), id);
        return Etags.item(request, view(caller).apply(m), Etags.of(m.version(), !caller.role().seesPersonalData()));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           MobilisationRepresentation body) {
        int expected = Etags.expectedVersion(headers, "mobilisation", id,
                () -> mobilisations.get(campaignId(sc), id).version());
        Mobilisation m = mobilisations.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return ok(m);
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Mobilisation current = mobilisations.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "mobilisation", id, current.version()), id,
                MergePatch.apply(MobilisationRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        mobilisations.delete(campaignId(sc), id, Etags.expectedVersion(headers, "mobilisation", id,
                () -> mobilisations.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }

    /** The counts over time, oldest first: running totals, as every role may read them. */
    @GET
    @Path("{id}/counts")
    @Allow({PARTNER, ADVISER, COORDINATOR})
    public Response counts(@Context SecurityContext sc, @Context UriInfo uri, @PathParam("id") long id,
                           @QueryParam("limit") Integer limit, @QueryParam("offset") Integer offset) {
        return Paging.of(limit, offset).slice(uri, MobilisationRepresentation.counts(
                mobilisations.get(campaignId(sc), id)), Function.identity());
    }

    /** One count typed in, or a platform's CSV export (all or nothing; errors name the line and column). */
    @POST
    @Path("{id}/counts")
    @Allow(COORDINATOR)
    public Response count(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          CountsBody body) {
        CountsBody b = Wire.body(body);
        long campaign = campaignId(sc);
        Check.of().that(b.csv() != null || b.on() != null || b.count() != null, "count", "one_at_least", "csv")
                .that(b.csv() == null || b.on() == null && b.count() == null, "csv", "either", "count")
                .orThrow();
        if (b.csv() != null) {
            return ok(mobilisations.importCounts(campaign, id, version(headers, campaign, id), b.csv(), "csv")
                    .mobilisation());
        }
        Check.of().required("on", b.on()).required("count", b.count()).orThrow();
        MobilisationCount count = MobilisationCount.of(b.on(), b.count());
        return ok(mobilisations.count(campaign, id, version(headers, campaign, id), count));
    }

    /** Handed to a target on a day, with the target's written response once it came. */
    @POST
    @Path("{id}/delivery")
    @Allow(COORDINATOR)
    public Response deliver(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                            MobilisationRepresentation.DeliveryRepresentation body) {
        MobilisationRepresentation.DeliveryRepresentation b = Wire.body(body);
        Delivery delivery = new Delivery(b.on(), b.toId(), b.responseInteractionId());
        long campaign = campaignId(sc);
        return ok(mobilisations.deliver(campaign, id, version(headers, campaign, id), delivery));
    }

    /** The version an If-Match names when one is sent; without one, the current version. */
    private int version(HttpHeaders headers, long campaign, long id) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        return ifMatch == null || ifMatch.isBlank() ? mobilisations.get(campaign, id).version()
                : Etags.expectedVersion(headers, "mobilisation", id, () -> mobilisations.get(campaign, id).version());
    }

    private static Response ok(Mobilisation m) {
        return Response.ok(MobilisationRepresentation.from(m)).tag(Etags.of(m.version(), false)).build();
    }

    private static Function<Mobilisation, Object> view(Caller caller) {
        return caller.role().seesPersonalData() ? MobilisationRepresentation::from : PublicMobilisation::from;
    }
}
