package org.campaigntracker.cli.resident;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.campaigntracker.cli.Main;

/** The jar (or, under tests, the classes folder) this JVM loaded the CLI from, as it was when it started. */
record JarStamp(Path location, FileTime modified, long size) {

    static JarStamp ofRunningCode() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new JarStamp(location, modified(location), size(location));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String path() {
        return location.toString();
    }

    /** True once a build replaced or removed the jar: this JVM's classes no longer match what the user built. */
    boolean changed() {
        return !modified.equals(modified(location)) || size != size(location);
    }

    private static FileTime modified(Path location) {
        try {
            return Files.getLastModifiedTime(location);
        } catch (IOException e) {
            return FileTime.fromMillis(-1);
        }
    }

    private static long size(Path location) {
        try {
            return Files.size(location);
        } catch (IOException e) {
            return -1;
        }
    }
}
