package org.campaigntracker.db.embedded;

import java.nio.file.Path;

/** Run in a separate JVM by {@link MultiProcessTest}: starts (or reuses) the server of a home and exits. */
public final class EnsureRunningMain {
    private EnsureRunningMain() {
    }

    public static void main(String[] args) {
        EmbeddedPostgres pg = EmbeddedPostgres.ensureRunning(Path.of(args[0]));
        System.out.println("port=" + pg.port() + " starts=" + EmbeddedPostgres.SERVER_STARTS.get());
    }
}
