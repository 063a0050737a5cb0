package org.campaigntracker.api.commitment;

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
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.commitment.CommitmentStatus;

/** Commitments; filters: status, stakeholder, demand, and overdue=true for open ones past their due date. */
@Path("/api/v1/campaigns/{slug}/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CommitmentsResource {

    private final CommitmentService commitments;
    private final Clock clock;

    public CommitmentsResource(CommitmentService commitments, Clock clock) {
        this.commitments = commitments;
        this.clock = clock;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset, @QueryParam("status") String status,
                         @QueryParam("stakeholder") Long stakeholder, @QueryParam("demand") Long demand,
                         @QueryParam("overdue") boolean overdue) {
        LocalDate today = LocalDate.now(clock);
        return Paging.of(limit, offset).slice(uri, commitments.list(campaignId(sc),
                Wire.enumValue(CommitmentStatus.class, status, "status"), stakeholder, demand).stream()
                        .filter(c -> !overdue || c.overdueOn(today)).toList(),
                CommitmentRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, CommitmentRepresentation body) {
        Commitment c = commitments.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build())
                .entity(CommitmentRepresentation.from(c)).tag(Etags.of(c.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Commitment c = commitments.commitment(campaignId(sc), id);
        return Etags.item(request, CommitmentRepresentation.from(c), Etags.of(c.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           CommitmentRepresentation body) {
        int expected = Etags.expectedVersion(headers, "commitment", id,
                () -> commitments.commitment(campaignId(sc), id).version());
        Commitment c = commitments.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(CommitmentRepresentation.from(c)).tag(Etags.of(c.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Commitment current = commitments.commitment(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "commitment", id, current.version()), id,
                MergePatch.apply(CommitmentRepresentation.from(current), patch));
    }

    /** Closes a commitment as kept, broken or withdrawn on a given day; a separate step so the date is never lost. */
    @POST
    @Path("{id}/close")
    @Allow(COORDINATOR)
    public Response close(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          CommitmentRepresentation.Closing body) {
        int expected = Etags.expectedVersion(headers, "commitment", id,
                () -> commitments.commitment(campaignId(sc), id).version());
        CommitmentRepresentation.Closing closing = Wire.body(body);
        Commitment c = commitments.close(campaignId(sc), id, expected,
                Wire.enumValue(CommitmentStatus.class, closing.status(), "status"), closing.on());
        return Response.ok(CommitmentRepresentation.from(c)).tag(Etags.of(c.version(), false)).build();
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        commitments.delete(campaignId(sc), id, Etags.expectedVersion(headers, "commitment", id,
                () -> commitments.commitment(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
