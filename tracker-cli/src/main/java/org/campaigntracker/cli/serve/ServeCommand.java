package org.campaigntracker.cli.serve;

import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.GlobalOptions;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.seal.DataKeys;
import org.campaigntracker.db.ConnectionSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tracker serve}: the HTTP API until interrupted; a composition root of its own (the server's Tracker). */
@Command(name = "serve", mixinStandardHelpOptions = true)
public final class ServeCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    GlobalOptions global;

    @Mixin
    ServerOptions server;

    public ServeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        serve(context, server, uri -> { });
        return 0;
    }

    /** Runs the API until the JVM is asked to stop; {@code announce} prints what the user needs once it listens. */
    public static void serve(CliContext context, ServerOptions options, Consumer<URI> announce)
            throws InterruptedException {
        ConnectionSettings settings = ConnectionSettings.resolve(context.databaseConfig());
        // The schema check and the HTTP side's start (Jersey's model, the slowest part) run side by side.
        Tracker.Starting starting = Tracker.starting(settings, options.poolSize,
                DataKeys.resolve(context.env(), context.databaseConfig()));
        try (Tracker tracker = starting.tracker();
             ApiServer api = ApiServer.start(tracker, options.host, options.port,
                     ApiConfig.fromEnvironment(context.env()), starting::awaitSchema)) {
            context.out().println(context.messages().get("serve.listening", api.baseUri()));
            announce.accept(api.baseUri());
            context.out().flush();
            awaitShutdown();
        }
    }

    /** Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then lets try-with-resources close cleanly. */
    static void awaitShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                main.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tracker-shutdown"));
        stop.await();
    }

    /** Where the server listens. */
    public static final class ServerOptions {
        @Option(names = "--port", defaultValue = "8080", descriptionKey = "serve.port")
        public int port;

        @Option(names = "--host", defaultValue = "127.0.0.1", descriptionKey = "serve.host")
        public String host;

        @Option(names = "--pool-size", defaultValue = "16", descriptionKey = "serve.pool_size")
        public int poolSize;
    }
}
