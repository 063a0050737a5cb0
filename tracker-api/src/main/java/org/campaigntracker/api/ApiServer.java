package org.campaigntracker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.campaigntracker.core.Tracker;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The API on Grizzly, bound to one address; {@link #close()} stops it. */
public final class ApiServer implements AutoCloseable {

    private final HttpServer server;
    private final URI baseUri;

    private ApiServer(HttpServer server, URI baseUri) {
        this.server = server;
        this.baseUri = baseUri;
    }

    /** Starts listening on host:port (port 0 picks a free port). */
    public static ApiServer start(Tracker tracker, String host, int port) {
        URI requested = URI.create("http://" + host + ":" + port + "/");
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, new TrackerApplication(tracker), false);
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        int actual = server.getListeners().iterator().next().getPort();
        return new ApiServer(server, URI.create("http://" + host + ":" + actual + "/"));
    }

    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
