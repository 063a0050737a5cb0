package org.campaigntracker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.campaigntracker.core.Tracker;
import java.util.HashMap;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.glassfish.grizzly.http.server.ServerConfiguration;
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
        return start(tracker, host, port, ApiConfig.defaults());
    }

    public static ApiServer start(Tracker tracker, String host, int port, ApiConfig config) {
        URI requested = URI.create("http://" + host + ":" + port + "/");
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, new TrackerApplication(tracker, config),
                false);
        ignoreHttp2Upgrade(server);
        try {
            server.start();
        } catch (IOException e) {
            server.shutdownNow();
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        int actual = server.getListeners().iterator().next().getPort();
        return new ApiServer(server, URI.create("http://" + host + ":" + actual + "/"));
    }

    /**
     * Grizzly 4.0.2 drops the Content-Type of its answer to a request that offers an HTTP/2 upgrade (h2c), which
     * Java's HttpClient does by default (eclipse-ee4j/glassfish-grizzly#2192). We serve HTTP/1.1 only, so the offer
     * must not stop Grizzly from writing the usual entity headers.
     */
    private static void ignoreHttp2Upgrade(HttpServer server) {
        ServerConfiguration config = server.getServerConfiguration();
        Map<HttpHandler, HttpHandlerRegistration[]> handlers = new HashMap<>(config.getHttpHandlersWithMapping());
        handlers.forEach((handler, mappings) -> {
            config.removeHttpHandler(handler);
            config.addHttpHandler(new UpgradeIgnoringHandler(handler), mappings);
        });
    }

    private static final class UpgradeIgnoringHandler extends HttpHandler {
        private final HttpHandler delegate;

        UpgradeIgnoringHandler(HttpHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            request.getRequest().setIgnoreContentModifiers(false);
            delegate.service(request, response);
        }

        @Override
        public void start() {
            delegate.start();
        }

        @Override
        public void destroy() {
            delegate.destroy();
        }
    }

    public URI baseUri() {
        return baseUri;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
