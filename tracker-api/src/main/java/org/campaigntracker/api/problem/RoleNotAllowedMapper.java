package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaigntracker.api.security.RoleNotAllowedException;
import org.campaigntracker.core.access.Role;

/** 403: the token is good, its role is not enough; in the client's language, roles in words. */
@Provider
public final class RoleNotAllowedMapper implements ExceptionMapper<RoleNotAllowedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(RoleNotAllowedException e) {
        boolean fr = Locale.FRENCH.equals(RequestLocale.of(headers));
        String allowed = e.allowed().stream().map(r -> fr ? french(r) : r.wire()).collect(Collectors.joining(", "));
        String detail = fr
                ? "un jeton " + french(e.role()) + " ne permet pas cette action" + (allowed.isEmpty() ? ""
                        : " ; il faut un jeton : " + allowed)
                : (e.role() == Role.ADVISER ? "an " : "a ") + e.role().wire() + " token may not do this"
                        + (allowed.isEmpty() ? "" : "; it takes: " + allowed);
        return Problem.of(Response.Status.FORBIDDEN, "forbidden", detail).toResponse();
    }

    private static String french(Role role) {
        return switch (role) {
            case PARTNER -> "partenaire";
            case ADVISER -> "conseiller";
            case COORDINATOR -> "coordinateur";
        };
    }
}
