package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import org.campaigntracker.api.security.RoleNotAllowedException;
import org.campaigntracker.core.access.Role;

/** 403: the token is good, its role is not enough. */
@Provider
public final class RoleNotAllowedMapper implements ExceptionMapper<RoleNotAllowedException> {

    @Override
    public Response toResponse(RoleNotAllowedException e) {
        String allowed = e.allowed().stream().map(Role::wire).collect(Collectors.joining(", "));
        return Problem.of(Response.Status.FORBIDDEN, "forbidden", "a " + e.role().wire()
                + " token may not do this" + (allowed.isEmpty() ? "" : "; it takes: " + allowed)).toResponse();
    }
}
