package org.campaigntracker.db.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 15 server run from the bundled binaries. {@link #ensureRunning(Path)} gives the
 * long-lived server of a Campaign Tracker home; {@link #startTemporary(Path)} a throw-away one.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final int START_ATTEMPTS = 3;
    /** How many times this JVM ran {@code pg_ctl start}; lets tests prove that a server was reused. */
    static final AtomicInteger SERVER_STARTS = new AtomicInteger();

    private final PgHome home;
    private final int port;
    private final String password;
    private final Path temporaryRoot;
    private final Thread shutdownHook;
    private boolean closed;

    private EmbeddedPostgres(PgHome home, int port, String password, Path temporaryRoot) {
        this.home = home;
        this.port = port;
        this.password = password;
        this.temporaryRoot = temporaryRoot;
        if (temporaryRoot != null) {
            // A forgotten close() in a build must not leave a server behind.
            shutdownHook = new Thread(this::stopAndDelete, "embedded-postgres-cleanup");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            shutdownHook = null;
        }
    }

    /**
     * Starts the server whose data lives under {@code home} (creating/initdb-ing it the first time) or
     * reuses it if already running. The server keeps running after this JVM exits. Safe when several
     * processes call it at once.
     */
    public static EmbeddedPostgres ensureRunning(Path home) {
        PgHome pg = PgHome.of(home);
        return start(pg, null);
    }

    /** A throw-away server for builds and tests: fresh data dir under {@code dir}, free port; close() stops it and deletes dir. */
    public static EmbeddedPostgres startTemporary(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        PgHome pg = PgHome.of(root);
        if (Files.exists(pg.data())) {
            throw new EmbeddedPostgresException("The folder " + root + " already holds a database; give"
                    + " startTemporary an empty or new folder, since it deletes that folder on close.");
        }
        return start(pg, root);
    }

    public String jdbcUrl() {
        return Jdbc.url(port, Jdbc.DATABASE);
    }

    public String user() {
        return Jdbc.USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return home.data();
    }

    /** Reports on the server of {@code home}; does not start anything. */
    public static EmbeddedPostgresStatus status(Path home) {
        PgHome pg = PgHome.of(home);
        Optional<PgHome.Postmaster> postmaster = pg.livePostmaster();
        boolean running = postmaster.isPresent() && acceptsConnections(postmaster.get().port());
        Integer port = postmaster.map(PgHome.Postmaster::port).orElseGet(pg::storedPort);
        Long pid = postmaster.map(PgHome.Postmaster::pid).orElse(null);
        boolean initialised = pg.initialised();
        return new EmbeddedPostgresStatus(initialised, running, port, running ? pid : null, pg.data(),
                initialised ? pg.dataVersion() : null);
    }

    /** Stops the server of {@code home} if it runs ({@code pg_ctl stop -m fast}); returns whether it was running. */
    public static boolean stop(Path home) {
        PgHome pg = PgHome.of(home);
        if (!Files.isDirectory(pg.dir())) {
            return false;
        }
        try (HomeLock lock = HomeLock.acquire(pg.lockFile())) {
            return stopLocked(pg);
        }
    }

    /** Stops and deletes a server from {@link #startTemporary(Path)}; does nothing for {@link #ensureRunning(Path)}. */
    @Override
    public void close() {
        if (temporaryRoot == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or will run; stopping twice is harmless.
        }
        stopAndDelete();
    }

    private synchronized void stopAndDelete() {
        if (closed) {
            return;
        }
        closed = true;
        try (HomeLock lock = HomeLock.acquire(home.lockFile())) {
            stopLocked(home);
            FileUtil.deleteRecursively(temporaryRoot);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not delete the temporary database folder " + temporaryRoot
                    + " (" + e.getMessage() + "); delete it by hand.", e);
        }
    }

    private static boolean stopLocked(PgHome pg) {
        if (pg.livePostmaster().isEmpty()) {
            return false;
        }
        RunAs runAs = RunAs.forDataFolder(pg.data());
        int exit = new PgCommands(binariesFor(runAs, pg), runAs, pg).stop();
        if (exit != 0 && pg.livePostmaster().isPresent()) {
            throw new EmbeddedPostgresException("PostgreSQL did not stop (pg_ctl exit code " + exit + "); see "
                    + pg.commandLog() + " and " + pg.log() + " for details.");
        }
        return true;
    }

    private static EmbeddedPostgres start(PgHome pg, Path temporaryRoot) {
        long started = System.nanoTime();
        if (!Files.exists(pg.dir())) {
            // Fail before leaving empty folders behind in a place the server could never use.
            RunAs.forDataFolder(pg.data()).checkCanReach(pg.dir());
        }
        try {
            Files.createDirectories(pg.dir());
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not create the database folder " + pg.dir() + " ("
                    + e.getMessage() + "); choose a writable TRACKER_HOME.", e);
        }
        try (HomeLock lock = HomeLock.acquire(pg.lockFile())) {
            String password = pg.readOrCreatePassword();
            pg.checkDataFolder();
            Optional<PgHome.Postmaster> running = pg.livePostmaster();
            if (running.isPresent()) {
                int port = running.get().port();
                // The everyday path of every command: a live postmaster that accepts TCP was fully set up when it
                // started, so one socket connect replaces two authenticated connections.
                if (Jdbc.accepts(port)) {
                    LOG.debug("Reused PostgreSQL on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
                    return new EmbeddedPostgres(pg, port, password, temporaryRoot);
                }
                SQLException failure = Jdbc.awaitConnectable(port, password, 10_000);
                if (failure != null) {
                    throw new EmbeddedPostgresException("PostgreSQL is running for " + pg.data() + " (pid "
                            + running.get().pid() + ") but refuses connections (" + failure.getMessage()
                            + "); see " + pg.log() + ", or stop it and try again.", failure);
                }
                Jdbc.ensureTrackerDatabase(port, password);
                LOG.debug("Reused PostgreSQL on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
                return new EmbeddedPostgres(pg, port, password, temporaryRoot);
            }
            RunAs runAs = RunAs.forDataFolder(pg.data());
            runAs.checkCanReach(pg.dir());
            PgCommands commands = new PgCommands(binariesFor(runAs, pg), runAs, pg);
            boolean created = !pg.initialised();
            if (created) {
                initdb(pg, runAs, commands);
            }
            int port = startServer(pg, runAs, commands, temporaryRoot != null);
            Jdbc.ensureTrackerDatabase(port, password);
            if (created) {
                Jdbc.lightenPasswordVerifier(port, password);
            }
            LOG.debug("Started PostgreSQL on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgres(pg, port, password, temporaryRoot);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not prepare the database folder " + pg.dir() + " ("
                    + e.getMessage() + "); check that it is writable.", e);
        } catch (SQLException e) {
            throw new EmbeddedPostgresException("PostgreSQL started but the database '" + Jdbc.DATABASE
                    + "' could not be prepared (" + e.getMessage() + "); see " + pg.log() + " for details.", e);
        }
    }

    private static void initdb(PgHome pg, RunAs runAs, PgCommands commands) throws IOException {
        runAs.handOver(pg.dir(), pg.passwordFile());
        // C.UTF-8 gives Unicode-aware character classes; plain C is the fallback for systems that lack it.
        int exit = commands.initdb("C.UTF-8");
        if (exit != 0 && !Files.exists(pg.data().resolve("PG_VERSION"))) {
            exit = commands.initdb("C");
        }
        if (exit != 0) {
            String cause = FileUtil.lastErrorLine(pg.commandLog());
            throw new EmbeddedPostgresException("Could not create the PostgreSQL database folder " + pg.data()
                    + (cause != null ? " (" + cause + ")" : "") + "; see " + pg.commandLog() + " for details.");
        }
    }

    private static int startServer(PgHome pg, RunAs runAs, PgCommands commands, boolean temporary)
            throws IOException {
        Files.write(pg.log(), new byte[0], StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        runAs.handOver(pg.dir(), pg.log());
        String cause = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            pg.removeStalePidFile();
            Integer stored = temporary ? null : pg.storedPort();
            int port = stored != null && isFree(stored) ? stored : freePort();
            pg.storePort(port);
            SERVER_STARTS.incrementAndGet();
            int exit = commands.start(port);
            Optional<PgHome.Postmaster> postmaster = pg.livePostmaster();
            if (exit == 0 && postmaster.isPresent()) {
                return postmaster.get().port();
            }
            cause = FileUtil.lastErrorLine(pg.log());
            if (cause == null) {
                cause = FileUtil.lastErrorLine(pg.commandLog());
            }
            // Another program may grab the port between our check and the bind, and a killed server's
            // children may hold its shared memory for a moment; both go away on a retry.
            boolean transientFailure = cause != null && (cause.contains("could not bind")
                    || cause.contains("already in use") || cause.contains("still in use") || cause.contains("could not create any TCP/IP sockets"));
            LOG.debug("pg_ctl start attempt {} failed with exit code {}: {}", attempt, exit, cause);
            if (!transientFailure) {
                break;
            }
            sleepQuietly(500L * attempt);
        }
        throw new EmbeddedPostgresException("PostgreSQL could not start" + (cause != null ? " (" + cause + ")" : "")
                + "; see " + pg.log() + " for details.");
    }

    private static PostgresBinaries binariesFor(RunAs runAs, PgHome pg) {
        Path cache = PostgresBinaries.defaultCacheRoot();
        if (!runAs.canReach(cache)) {
            // root's cache usually sits in /root (mode 700), out of reach of the unprivileged user.
            cache = pg.dir().resolve("binaries");
        }
        return PostgresBinaries.ensureExtracted(cache);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Like postgres itself: connections of the previous run lingering in TIME_WAIT must not count as "in use".
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(loopback(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, loopback())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not find a free TCP port on 127.0.0.1 for PostgreSQL ("
                    + e.getMessage() + "); check the local network configuration.", e);
        }
    }

    private static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(loopback(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Explicitly IPv4, because the server listens on 127.0.0.1 only. */
    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
