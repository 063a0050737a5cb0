package org.campaigntracker.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Small file helpers shared by the launcher classes. */
final class FileUtil {
    private FileUtil() {
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The file's content without surrounding whitespace, or null when it does not exist. */
    static String readTrimmed(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not read " + file + " (" + e.getMessage()
                    + "); check the permissions of that file.", e);
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not read " + file + " (" + e.getMessage()
                    + "); check the permissions of that file.", e);
        }
    }

    /** The last line of a log that carries a PostgreSQL error, so the user sees the cause without opening the file. */
    static String lastErrorLine(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            int at = indexOfSeverity(line);
            if (at >= 0) {
                return line.substring(at).trim().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    private static int indexOfSeverity(String line) {
        for (String severity : new String[] {"FATAL:", "PANIC:", "ERROR:", "initdb: error:", "pg_ctl: "}) {
            int at = line.indexOf(severity);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }
}
