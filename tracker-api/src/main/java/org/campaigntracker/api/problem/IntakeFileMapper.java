package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campaigntracker.core.intake.IntakeFileException;

/**
 * An uploaded invitation or e-mail that cannot be read is 400, its detail naming where (line, event, header, part)
 * and what; a body of another media type than text/calendar or message/rfc822 is 415.
 */
@Provider
public final class IntakeFileMapper implements ExceptionMapper<IntakeFileException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(IntakeFileException e) {
        String detail = e.message(RequestLocale.of(headers));
        return e.isUnknownFormat()
                ? Problem.of(415, "Unsupported Media Type", "unsupported-media-type", detail).toResponse()
                : Problem.of(400, "Bad Request", "unreadable-file", detail).toResponse();
    }
}
