package org.campaigntracker.db.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs initdb and pg_ctl for one home, with output going to files so that the server is not tied to this JVM. */
final class PgCommands {
    private static final Logger LOG = LoggerFactory.getLogger(PgCommands.class);
    private static final int PG_CTL_WAIT_SECONDS = 60;

    private final PostgresBinaries binaries;
    private final RunAs runAs;
    private final PgHome home;

    PgCommands(PostgresBinaries binaries, RunAs runAs, PgHome home) {
        this.binaries = binaries;
        this.runAs = runAs;
        this.home = home;
    }

    int initdb(String locale) {
        return run(List.of(binaries.tool("initdb"),
                "-D", home.data().toString(),
                "-U", Jdbc.USER,
                "--auth=scram-sha-256",
                "--pwfile=" + home.passwordFile(),
                "-E", "UTF8",
                "--locale=" + locale), 120);
    }

    int start(int port) {
        // No unix socket: the server is reachable only through 127.0.0.1 with the password.
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
        return run(List.of(binaries.tool("pg_ctl"), "-w", "-t", String.valueOf(PG_CTL_WAIT_SECONDS),
                "-D", home.data().toString(), "-l", home.log().toString(), "-o", options, "start"),
                PG_CTL_WAIT_SECONDS + 30);
    }

    int stop() {
        return run(List.of(binaries.tool("pg_ctl"), "-w", "-t", String.valueOf(PG_CTL_WAIT_SECONDS),
                "-D", home.data().toString(), "-m", "fast", "stop"), PG_CTL_WAIT_SECONDS + 30);
    }

    private int run(List<String> command, int timeoutSeconds) {
        List<String> full = new ArrayList<>(runAs.wrap(command));
        ProcessBuilder pb = new ProcessBuilder(full)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.commandLog().toFile()))
                .redirectErrorStream(true);
        // Inherited PG* variables (PGDATA, PGPORT, ...) would silently override the arguments above.
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("LC_ALL", "C");
        long started = System.nanoTime();
        try {
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new EmbeddedPostgresException("PostgreSQL did not respond within " + timeoutSeconds
                        + " seconds (" + new File(command.get(0)).getName() + "); see " + home.log() + " and "
                        + home.commandLog() + " for details.");
            }
            LOG.debug("{} exited with {} after {} ms", full, p.exitValue(), (System.nanoTime() - started) / 1_000_000);
            return p.exitValue();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not launch " + full.get(0) + " (" + e.getMessage()
                    + "); check that the PostgreSQL binaries in " + binaries.installDir() + " are intact.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedPostgresException("Interrupted while waiting for PostgreSQL; see " + home.log()
                    + " for its state.", e);
        }
    }
}
