package org.campaigntracker.api.http.grizzly;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.campaigntracker.api.ApiConfig;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.TransportFilter;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;

/**
 * Sets a Grizzly server up to face clients directly (see the package description), with Jersey behind it. Its
 * timer thread, which ends late bodies and lingering connections, stops with {@link #close()}.
 */
public final class Exposure implements AutoCloseable {

    private final ScheduledThreadPoolExecutor timer;

    private Exposure(ScheduledThreadPoolExecutor timer) {
        this.timer = timer;
    }

    /** Call before the server starts: Grizzly builds each listener's filter chain when it starts. */
    public static Exposure install(HttpServer server, GrizzlyHttpContainer jersey, ApiConfig config) {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "http-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        server.getServerConfiguration().setDefaultErrorPageGenerator(new ProblemPages());
        TrustedProxies proxies = TrustedProxies.of(config.trustedProxies());
        server.getServerConfiguration().addHttpHandler(new JerseyEntry(jersey, proxies));
        for (NetworkListener listener : server.getListeners()) {
            listener.registerAddOn(new AddOn() {
                @Override
                public void setup(NetworkListener networkListener, FilterChainBuilder builder) {
                    builder.add(builder.indexOfType(TransportFilter.class) + 1,
                            new ConnectionGuard(config.maxConnectionsPerAddress(), proxies, timer));
                    int codec = builder.indexOfType(HttpServerFilter.class);
                    builder.set(codec, new StrictHttpCodec(networkListener, (HttpServerFilter) builder.get(codec)));
                    builder.add(codec + 1, new BodyBuffer(config.maxBodyBytes(), config.bodyTimeoutMillis(),
                            config.minBodyRate(), timer));
                }
            });
        }
        return new Exposure(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
