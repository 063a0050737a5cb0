package org.campaigntracker.db.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The files of one embedded server below {@code home/pg15}, and what can be read from them. */
final class PgHome {
    static final String MAJOR_VERSION = "15";

    /** A postmaster that is alive according to its pid file and the process table. */
    record Postmaster(long pid, int port) {
    }

    private final Path dir;

    private PgHome(Path dir) {
        this.dir = dir;
    }

    static PgHome of(Path home) {
        return new PgHome(home.toAbsolutePath().normalize().resolve("pg" + MAJOR_VERSION));
    }

    Path dir() {
        return dir;
    }

    Path data() {
        return dir.resolve("data");
    }

    Path passwordFile() {
        return dir.resolve("password");
    }

    Path log() {
        return dir.resolve("postgres.log");
    }

    /** Output of pg_ctl and initdb themselves; the server writes to {@link #log()}. */
    Path commandLog() {
        return dir.resolve("commands.log");
    }

    Path portFile() {
        return dir.resolve("port");
    }

    Path lockFile() {
        return dir.resolve(".lock");
    }

    boolean initialised() {
        return Files.isRegularFile(data().resolve("PG_VERSION"));
    }

    String dataVersion() {
        return FileUtil.readTrimmed(data().resolve("PG_VERSION"));
    }

    /** Refuses data folders this launcher must not touch, before anything is started in them. */
    void checkDataFolder() {
        Path data = data();
        String version = dataVersion();
        if (version == null) {
            if (Files.isDirectory(data) && !isEmpty(data)) {
                throw new EmbeddedPostgresException("The database folder " + data + " is not empty but holds no"
                        + " PostgreSQL data (PG_VERSION is missing); move it away or restore it from a backup.");
            }
            return;
        }
        if (!MAJOR_VERSION.equals(version)) {
            throw new EmbeddedPostgresException("The database folder " + data + " was created by PostgreSQL " + version
                    + " but this version of Campaign Tracker runs PostgreSQL " + MAJOR_VERSION
                    + "; export the data with that older version or move the folder away.");
        }
        if (!Files.isRegularFile(data.resolve("global/pg_control"))) {
            throw new EmbeddedPostgresException("The database folder " + data + " is damaged (global/pg_control is"
                    + " missing); restore it from a backup or move it away to start with an empty database.");
        }
    }

    String readOrCreatePassword() throws IOException {
        String existing = FileUtil.readTrimmed(passwordFile());
        if (existing != null && !existing.isEmpty()) {
            return existing;
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Created with its final mode and moved into place so the secret is never briefly world-readable.
        Path temp = Files.createTempFile(dir, "password", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
        Files.move(temp, passwordFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return password;
    }

    Integer storedPort() {
        String text = FileUtil.readTrimmed(portFile());
        try {
            return text == null || text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    void storePort(int port) throws IOException {
        Path temp = Files.createTempFile(dir, "port", ".tmp");
        Files.writeString(temp, port + "\n", StandardCharsets.UTF_8);
        Files.move(temp, portFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The running postmaster of this data folder, if its pid file names a live postgres process. */
    Optional<Postmaster> livePostmaster() {
        List<String> lines = FileUtil.readLines(data().resolve("postmaster.pid"));
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            int port = Integer.parseInt(lines.get(3).trim());
            return isLivePostgres(pid) ? Optional.of(new Postmaster(pid, port)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Removes a pid file left by a killed server when its pid is a zombie or another program: postgres
     * would treat such a pid as "still running" and refuse to start. A truly dead pid is left alone,
     * because then postgres itself also verifies that no old backend still uses the shared memory.
     */
    void removeStalePidFile() throws IOException {
        Path pidFile = data().resolve("postmaster.pid");
        List<String> lines = FileUtil.readLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            if (!isLivePostgres(pid) && Files.exists(Path.of("/proc/" + pid))) {
                Files.deleteIfExists(pidFile);
            }
        } catch (NumberFormatException e) {
            Files.deleteIfExists(pidFile);
        }
    }

    static boolean isLivePostgres(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open || close + 2 >= stat.length()) {
            return false;
        }
        String command = stat.substring(open + 1, close);
        char state = stat.charAt(close + 2);
        return command.startsWith("postgres") && state != 'Z' && state != 'X';
    }

    private static boolean isEmpty(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
