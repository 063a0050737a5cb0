package org.campaigntracker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.campaigntracker.api.http.grizzly.Exposure;
import org.campaigntracker.core.Tracker;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainerProvider;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/** The API on Grizzly, bound to one address; {@link #close()} stops it. */
public final class ApiServer implements AutoCloseable {

    private final HttpServer server;
    private final Exposure exposure;
    private final URI baseUri;

    private ApiServer(HttpServer server, Exposure exposure, URI baseUri) {
        this.server = server;
        this.exposure = exposure;
        this.baseUri = baseUri;
    }

    /** Starts listening on host:port (port 0 picks a free port). */
    public static ApiServer start(Tracker tracker, String host, int port) {
        return start(tracker, host, port, ApiConfig.defaults());
    }

    public static ApiServer start(Tracker tracker, String host, int port, ApiConfig config) {
        return start(tracker, host, port, config, () -> { });
    }

    /**
     * Builds the application, then runs {@code beforeListening} (a start waits there for its schema check, which
     * ran meanwhile), then listens: no request is accepted before the database is ready for it.
     */
    public static ApiServer start(Tracker tracker, String host, int port, ApiConfig config, Runnable beforeListening) {
        URI requested = URI.create("http://" + host + ":" + port + "/");
        GrizzlyHttpContainer jersey = new GrizzlyHttpContainerProvider()
                .createContainer(GrizzlyHttpContainer.class, new TrackerApplication(tracker, config));
        // No handler here: Exposure puts Jersey behind its own entry and hardens the listener's filter chain.
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, (GrizzlyHttpContainer) null, false,
                null, false);
        Exposure exposure = Exposure.install(server, jersey, config);
        try {
            beforeListening.run();
        } catch (RuntimeException e) {
            server.shutdownNow();
            exposure.close();
            throw e;
        }
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            exposure.close();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        int actual = server.getListeners().iterator().next().getPort();
        return new ApiServer(server, exposure, URI.create("http://" + host + ":" + actual + "/"));
    }

    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        server.shutdownNow();
        exposure.close();
    }
}
