package org.campaigntracker.db.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/** Fresh homes under /tmp that are stopped and deleted after each test, so no server outlives the build. */
final class Homes implements AutoCloseable {
    private final List<Path> created = new ArrayList<>();

    /** A new, not yet existing home inside a world-traversable temp folder (so setpriv can reach it). */
    Path fresh() throws IOException {
        Path parent = Files.createTempDirectory("tracker-pg-test-");
        Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
        created.add(parent);
        return parent.resolve("home");
    }

    @Override
    public void close() throws IOException {
        for (Path parent : created) {
            Path home = parent.resolve("home");
            try {
                EmbeddedPostgres.stop(home);
            } catch (RuntimeException e) {
                System.err.println("Could not stop test server in " + home + ": " + e.getMessage());
            }
            FileUtil.deleteRecursively(parent);
        }
        created.clear();
    }
}
