package org.campaigntracker.api.http.grizzly;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.campaigntracker.api.problem.Problem;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages Grizzly's server sends on its own (an error escaping the handler, a server shutting down): Grizzly's
 * default is an HTML page naming its version with the Java stack trace and the request's URL unescaped. Here it is
 * problem+json; the cause is logged under an id, and only the id goes to the client.
 */
final class ProblemPages implements ErrorPageGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemPages.class);

    @Override
    public String generate(Request request, int status, String reasonPhrase, String description, Throwable exception) {
        // Grizzly writes the page as text/html unless a type is already set.
        request.getResponse().setContentType(Problem.MEDIA_TYPE);
        String id = null;
        if (status >= 500 && status != 503) {
            id = UUID.randomUUID().toString();
            LOG.error("unexpected error {} in the HTTP server", id, exception);
        }
        String detail = switch (status) {
            case 503 -> "the server is shutting down; retry in a moment";
            case 413 -> "the request body is too large";
            case 404 -> "no resource at this address";
            default -> id != null ? "an unexpected error occurred; quote error id " + id + " when reporting it"
                    : "the request could not be processed";
        };
        // Grizzly's writer encodes in ISO-8859-1 unless told otherwise; the document is ASCII either way.
        return new String(Answers.problem(status, detail, id), StandardCharsets.UTF_8);
    }
}
