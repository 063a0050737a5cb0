package org.campaigntracker.cli.resident;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.campaigntracker.cli.CliContext;
import org.campaigntracker.cli.Main;
import org.campaigntracker.cli.output.Terminal;
import org.campaigntracker.db.DatabaseConfig;
import picocli.CommandLine;

/**
 * A warm {@code tracker} that the launcher offers every command to (see ./tracker and README "Resident helper"): it
 * runs those {@link ResidentCommands} calls quick, saving the JVM start, picocli's model building and JIT warm-up that
 * dominate a short command's time, and declines the others. {@link ResidentStart} starts it.
 * Listens on loopback only; a request must carry the secret kept in a 0600 file under $TRACKER_HOME/resident.
 * It leaves after {@code TRACKER_RESIDENT_IDLE} seconds without requests, or as soon as its jar changed.
 */
public final class ResidentServer {

    public static final String FLAG = "--resident";
    static final int DEFAULT_IDLE_SECONDS = 900;

    private final ResidentFiles files;
    private final String secret;
    private final JarStamp jar;
    private final Map<String, String> ownEnv;
    private final long idleMillis;
    private final AtomicLong lastRequest = new AtomicLong(System.currentTimeMillis());
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();
    private final long startedAt = System.currentTimeMillis();
    private volatile boolean stopping;

    private ResidentServer(ResidentFiles files, String secret, JarStamp jar, Map<String, String> ownEnv, long idleMillis) {
        this.files = files;
        this.secret = secret;
        this.jar = jar;
        this.ownEnv = ownEnv;
        this.idleMillis = idleMillis;
    }

    /** Serves until idle or outdated; returns the process exit code. */
    public static int run(Map<String, String> env) {
        ResidentFiles files = new ResidentFiles(DatabaseConfig.fromEnvironment(env).home().resolve("resident"));
        long idle = idleSeconds(env) * 1000L;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        ResidentServer server = new ResidentServer(files, HexFormat.of().formatHex(random), JarStamp.ofRunningCode(),
                env, idle);
        try (FileChannel startLock = files.openLock()) {
            // One resident per folder: it holds this lock for its whole life; a second one started meanwhile leaves.
            if (startLock.tryLock() == null) {
                return 0;
            }
            try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                warmUp();
                files.publish(socket.getLocalPort(), server.secret, server.jar.path());
                return server.serve(socket);
            } finally {
                files.withdraw(server.secret);
            }
        } catch (IOException e) {
            return 1;
        }
    }

    static long idleSeconds(Map<String, String> env) {
        try {
            long value = Long.parseLong(env.getOrDefault("TRACKER_RESIDENT_IDLE", "").strip());
            return value > 0 ? value : DEFAULT_IDLE_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE_SECONDS;
        }
    }

    private int serve(ServerSocket socket) throws IOException {
        ExecutorService workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "resident-request");
            t.setDaemon(true);
            return t;
        });
        // accept() wakes up every second so idleness and `tracker resident stop` are noticed promptly.
        socket.setSoTimeout(1000);
        while (!stopping && !idleTooLong()) {
            try {
                Socket connection = socket.accept();
                if (jar.changed()) {
                    // A new build rewrote the jar: this JVM's classes not loaded yet may no longer load from it (a
                    // request would fail there, with no answer, for as long as requests kept it alive). Leave at once;
                    // the launcher, answered nothing, runs the command itself and the next quick one starts a resident.
                    connection.close();
                    stopping = true;
                    break;
                }
                lastRequest.set(System.currentTimeMillis());
                running.incrementAndGet();
                workers.execute(() -> handle(connection));
            } catch (java.net.SocketTimeoutException e) {
                // loop: check idleness and stop again
            }
        }
        workers.shutdown();
        return 0;
    }

    private boolean idleTooLong() {
        return running.get() == 0 && System.currentTimeMillis() - lastRequest.get() > idleMillis;
    }

    private void handle(Socket connection) {
        try (connection) {
            connection.setSoTimeout(10_000);
            ResidentRequest request = ResidentRequest.read(connection.getInputStream());
            OutputStream answer = connection.getOutputStream();
            String reply = respond(request, answer);
            if (reply.startsWith("refused")) {
                System.err.print("resident: " + reply);
            }
            answer.write(reply.getBytes(StandardCharsets.UTF_8));
            answer.flush();
        } catch (IOException | RuntimeException e) {
            // A broken or malformed request: the launcher sees no answer and runs the command itself. The resident's
            // stderr is /dev/null when the launcher starts it; tests keep it.
            System.err.println("resident: request dropped: " + e);
        } finally {
            lastRequest.set(System.currentTimeMillis());
            running.decrementAndGet();
        }
    }

    /**
     * The last line the launcher reads back: {@code exit N}, or {@code refused …} so it runs the command itself.
     * {@code run} comes first when the command starts: from then on the launcher must not run it again.
     */
    private String respond(ResidentRequest request, OutputStream answer) throws IOException {
        if (!request.hasSecret(secret)) {
            return "refused secret\n";
        }
        if (request.control() != null) {
            return control(request.control());
        }
        ResidentCommands.Verdict verdict = ResidentCommands.verdict(request.args(), request.console());
        if (verdict != ResidentCommands.Verdict.RUN) {
            return "refused " + verdict.reason() + "\n";
        }
        if (!RequestEnvironment.sameJvmDefaults(ownEnv, request.env())) {
            return "refused environment\n";
        }
        try (CallerStreams streams = CallerStreams.open(request.pid())) {
            answer.write("run\n".getBytes(StandardCharsets.UTF_8));
            answer.flush();
            served.incrementAndGet();
            return "exit " + execute(request, streams) + "\n";
        } catch (CallerStreams.UnusableException e) {
            System.err.println("resident: caller's output unusable: " + e.getMessage());
            return "refused streams\n";
        }
    }

    private String control(String verb) {
        if (verb.equals("stop")) {
            stopping = true;
            return "stopped\n";
        }
        return "status " + ProcessHandle.current().pid() + " " + startedAt + " " + served.get() + " "
                + Runtime.getRuntime().totalMemory() + "\n";
    }

    private static int execute(ResidentRequest request, CallerStreams streams) {
        Map<String, String> env = RequestEnvironment.resolve(request.env(), request.cwd());
        try (CliContext context = new CliContext(env, streams.out(), streams.err())) {
            context.interactive(request.console());
            CommandLine commandLine = Main.commandLine(context, request.args());
            // picocli colours help when System.console() exists: here that is the caller's terminal, not ours.
            commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                    Terminal.colour(env, request.console()) ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
            return commandLine.execute(request.args());
        }
    }

    /** Builds the command tree once so the first real request does not pay for loading picocli's classes. */
    private static void warmUp() {
        String[] args = {"meeting", "log", "--help"};
        try (CliContext context = new CliContext(Map.of("LANG", "C.UTF-8", "TRACKER_HOME", "/nonexistent"),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))) {
            Main.commandLine(context, args).execute(args);
        } catch (RuntimeException e) {
            // only the classes matter
        }
    }

    /** $TRACKER_HOME/resident: where the launcher finds the port, the secret and the jar the resident runs. */
    record ResidentFiles(Path dir) {

        private static final String LOCK = "start.lock";

        /** The lock a resident holds while it lives, in the folder made private to this account first. */
        FileChannel openLock() throws IOException {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            return FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }

        /** True while a resident lives here (running or starting): starting another would be wasted. */
        boolean taken() throws IOException {
            if (!Files.exists(dir.resolve(LOCK))) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                return lock == null;
            }
        }

        void publish(int port, String secret, String jar) throws IOException {
            write("secret", secret);
            write("jar", jar);
            // The port last: a launcher that sees it finds the secret already there.
            write("port", Integer.toString(port));
        }

        private void write(String name, String value) throws IOException {
            Path tmp = Files.createTempFile(dir, name, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, value + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        /** Removes the files, unless a newer resident has already replaced them with its own. */
        void withdraw(String secret) {
            try {
                if (Files.readString(dir.resolve("secret"), StandardCharsets.UTF_8).strip().equals(secret)) {
                    Files.deleteIfExists(dir.resolve("port"));
                    Files.deleteIfExists(dir.resolve("secret"));
                    Files.deleteIfExists(dir.resolve("jar"));
                }
            } catch (IOException e) {
                // nothing to clean
            }
        }
    }
}
