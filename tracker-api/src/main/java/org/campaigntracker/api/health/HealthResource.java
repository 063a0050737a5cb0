package org.campaigntracker.api.health;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.campaigntracker.api.problem.Problem;
import org.campaigntracker.api.security.Public;

/** Liveness (the process answers) and readiness (the database answers too). */
@Public
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final BooleanSupplier databaseReachable;

    public HealthResource(BooleanSupplier databaseReachable) {
        this.databaseReachable = databaseReachable;
    }

    @GET
    @Path("health")
    public Map<String, String> health() {
        return Map.of("status", "up");
    }

    @GET
    @Path("ready")
    public Response ready() {
        if (databaseReachable.getAsBoolean()) {
            return Response.ok(Map.of("status", "ready", "database", "up")).build();
        }
        return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable",
                "the database is not reachable").toResponse();
    }
}
