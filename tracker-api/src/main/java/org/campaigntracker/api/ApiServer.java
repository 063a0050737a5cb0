package org.campaigntracker.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.campaigntracker.core.Tracker;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
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
        return start(tracker, host, port, config, () -> { });
    }

    /**
     * Builds the application, then runs {@code beforeListening} (a start waits there for its schema check, which
     * ran meanwhile), then listens: no request is accepted before the database is ready for it.
     */
    public static ApiServer start(Tracker tracker, String host, int port, ApiConfig config, Runnable beforeListening) {
        URI requested = URI.create("http://" + host + ":" + port + "/");
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(requested, new TrackerApplication(tracker, config),
                false);
        declineHttp2Upgrade(server);
        try {
            beforeListening.run();
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
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
     * Java's HttpClient, like other clients, offers an HTTP/2 upgrade ({@code Upgrade: h2c}) on plain-HTTP requests.
     * Grizzly 4.0.2 then treats the connection as switching protocols: it stops decoding request bodies (a POST hangs
     * until it times out) and leaves entity headers such as Content-Type out of the answer
     * (eclipse-ee4j/glassfish-grizzly#2192). We serve HTTP/1.1 only, so the offer is declined as soon as the
     * request's headers are parsed, and the request goes on as ordinary HTTP/1.1.
     */
    private static void declineHttp2Upgrade(HttpServer server) {
        for (NetworkListener listener : server.getListeners()) {
            listener.registerAddOn(new AddOn() {
                @Override
                public void setup(NetworkListener networkListener, FilterChainBuilder builder) {
                    int codec = builder.indexOfType(HttpServerFilter.class);
                    builder.add(codec + 1, new H2cUpgradeDecliner());
                }
            });
        }
    }

    /** Sits just above the HTTP codec, which announces an upgrade offer before it decodes the body. */
    private static final class H2cUpgradeDecliner extends BaseFilter {
        @Override
        public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
            if (event.type() == HttpEvents.IncomingHttpUpgradeEvent.TYPE) {
                HttpHeader header = ((HttpEvents.IncomingHttpUpgradeEvent) event).getHttpHeader();
                if ("h2c".equalsIgnoreCase(header.getUpgrade())) {
                    header.getUpgradeDC().recycle();
                    header.setIgnoreContentModifiers(false);
                }
            }
            return ctx.getInvokeAction();
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
