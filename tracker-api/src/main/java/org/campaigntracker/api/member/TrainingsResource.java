package org.campaigntracker.api.member;

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
import org.campaigntracker.core.member.Training;
import org.campaigntracker.core.member.TrainingService;

/**
 * Trainings given to the coalition's members and who attended: the team's own records, for advisers and
 * coordinators (never partners).
 */
@Path("/api/v1/campaigns/{slug}/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TrainingsResource {

    private final TrainingService trainings;

    public TrainingsResource(TrainingService trainings) {
        this.trainings = trainings;
    }

    @GET
    @Allow({ADVISER, COORDINATOR})
    public Response list(@Context SecurityContext sc, @Context UriInfo uri, @QueryParam("limit") Integer limit,
                         @QueryParam("offset") Integer offset) {
        return Paging.of(limit, offset).slice(uri, trainings.list(campaignId(sc)), TrainingRepresentation::from);
    }

    @POST
    @Allow(COORDINATOR)
    public Response create(@Context SecurityContext sc, @Context UriInfo uri, TrainingRepresentation body) {
        Training t = trainings.add(campaignId(sc), Wire.body(body).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(t.id())).build())
                .entity(TrainingRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    @GET
    @Path("{id}")
    @Allow({ADVISER, COORDINATOR})
    public Response get(@Context SecurityContext sc, @Context Request request, @PathParam("id") long id) {
        Training t = trainings.get(campaignId(sc), id);
        return Etags.item(request, TrainingRepresentation.from(t), Etags.of(t.version(), false));
    }

    @PUT
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response update(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                           TrainingRepresentation body) {
        int expected = Etags.expectedVersion(headers, "training", id,
                () -> trainings.get(campaignId(sc), id).version());
        Training t = trainings.update(campaignId(sc), id, expected, Wire.body(body).toDraft());
        return Response.ok(TrainingRepresentation.from(t)).tag(Etags.of(t.version(), false)).build();
    }

    /** Changes only the fields the merge patch names (RFC 7396), under the same rules as {@code PUT}. */
    @PATCH
    @Path("{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Allow(COORDINATOR)
    public Response patch(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id,
                          JsonNode patch) throws JsonProcessingException {
        Training current = trainings.get(campaignId(sc), id);
        return update(sc, MergePatch.pinned(headers, "training", id, current.version()), id,
                MergePatch.apply(TrainingRepresentation.from(current), patch));
    }

    @DELETE
    @Path("{id}")
    @Allow(COORDINATOR)
    public Response delete(@Context SecurityContext sc, @Context HttpHeaders headers, @PathParam("id") long id) {
        trainings.delete(campaignId(sc), id, Etags.expectedVersion(headers, "training", id,
                () -> trainings.get(campaignId(sc), id).version()));
        return Response.noContent().build();
    }
}
