package org.campaigntracker.api.http.grizzly;

import java.io.IOException;
import java.net.URISyntaxException;
import org.campaigntracker.api.problem.Problem;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * The door from Grizzly to Jersey. A request address that is no URI ({@code /health\x}, {@code ?x=%zz}) made Jersey
 * fail before any of its exception mappers could run, and Grizzly answered 500 with its HTML page; here it is a 400
 * problem. Grizzly's own decoding of the address is off: Jersey decodes it, and a bad escape is that same 400.
 * "Expect: 100-continue" is answered by {@link BodyBuffer}, which reads the body before this runs.
 */
final class JerseyEntry extends HttpHandler {

    private final GrizzlyHttpContainer jersey;
    private final TrustedProxies proxies;

    JerseyEntry(GrizzlyHttpContainer jersey, TrustedProxies proxies) {
        super("jersey");
        this.jersey = jersey;
        this.proxies = proxies;
        setDecodeUrl(false);
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        proxies.enter(request);
        try {
            jersey.service(request, response);
        } catch (IllegalArgumentException e) {
            if (!(e.getCause() instanceof URISyntaxException)) {
                throw e;
            }
            byte[] body = Answers.problem(400, "the request address is not a valid URI; percent-encode reserved"
                    + " characters");
            response.setStatus(400);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setContentLength(body.length);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.getOutputStream().write(body);
        }
    }

    @Override
    protected boolean sendAcknowledgment(Request request, Response response) throws IOException {
        return true;
    }

    @Override
    public void start() {
        super.start();
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
        super.destroy();
    }
}
