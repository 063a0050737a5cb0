package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.db.ConnectionFailures;
import org.campaigntracker.db.DatabaseUnavailableException;
import org.jooq.exception.DataAccessException;

/**
 * A statement that failed in the database layer. A lost or refused connection (the database restarting, the pool
 * unable to reach it) is the client's "retry later", so it answers like {@link DatabaseUnavailableException}: 503
 * with Retry-After. Anything else is a bug and goes to the catch-all, logged under an error id.
 */
@Provider
public final class DataAccessExceptionMapper implements ExceptionMapper<DataAccessException> {

    private final DatabaseUnavailableMapper unavailable = new DatabaseUnavailableMapper();
    private final CatchAllMapper catchAll = new CatchAllMapper();

    @Override
    public Response toResponse(DataAccessException e) {
        if (ConnectionFailures.isConnectionFailure(e)) {
            return unavailable.toResponse(new DatabaseUnavailableException("lost the database connection", e));
        }
        return catchAll.toResponse(e);
    }
}
