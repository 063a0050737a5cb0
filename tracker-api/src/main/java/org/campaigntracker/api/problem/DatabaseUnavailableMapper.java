package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.db.DatabaseUnavailableException;

/** The database is down: 503 with Retry-After, so clients back off instead of seeing a 500. */
@Provider
public final class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {

    @Override
    public Response toResponse(DatabaseUnavailableException e) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "database-unavailable",
                "the database is not reachable right now; retry in a few seconds").toResponse())
                .header("Retry-After", "5").build();
    }
}
