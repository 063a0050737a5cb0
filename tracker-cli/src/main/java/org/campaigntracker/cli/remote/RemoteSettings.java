package org.campaigntracker.cli.remote;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.campaigntracker.core.common.InvalidInputException;

/**
 * Where the server is and the token to use: {@code TRACKER_URL} and {@code TRACKER_TOKEN} from the environment, else
 * what {@code tracker login} saved in {@code $TRACKER_HOME/remote.properties} (owner-only, like the data key file).
 */
public record RemoteSettings(URI url, String token) {

    static final String FILE = "remote.properties";
    private static final int MAX_TOKEN = 200;

    public RemoteSettings {
        url = checkedUrl(url.toString());
        if (token == null || token.isBlank()) {
            throw InvalidInputException.of("token", "required");
        }
        token = token.strip();
        if (token.length() > MAX_TOKEN || !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw InvalidInputException.of("token", "format", "ct_abcdef123456_…");
        }
    }

    /** The environment's settings, else the saved login, else none (local mode). */
    public static Optional<RemoteSettings> resolve(Map<String, String> env, Path home) {
        String url = blankToNull(env.get("TRACKER_URL"));
        String token = blankToNull(env.get("TRACKER_TOKEN"));
        if (url != null || token != null) {
            if (url == null) {
                throw InvalidInputException.of("TRACKER_URL", "needs", "TRACKER_TOKEN");
            }
            if (token == null) {
                throw InvalidInputException.of("TRACKER_TOKEN", "needs", "TRACKER_URL");
            }
            return Optional.of(new RemoteSettings(URI.create(url), token));
        }
        return saved(home);
    }

    /** What {@code tracker login} saved under {@code home}, if anything. */
    public static Optional<RemoteSettings> saved(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (mode.stream().anyMatch(m -> m.name().startsWith("GROUP") || m.name().startsWith("OTHERS"))) {
                // As for the data key file: a token others can read is refused rather than used.
                throw new org.campaigntracker.core.seal.DataKeyException("privacy.login_file_open", file);
            }
        } catch (UnsupportedOperationException notPosix) {
            // No POSIX permissions on this file system: nothing to check.
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        String url = p.getProperty("url");
        String token = p.getProperty("token");
        if (url == null || token == null) {
            throw InvalidInputException.of(file.toString(), "format", "url=https://… token=…");
        }
        return Optional.of(new RemoteSettings(URI.create(url.strip()), token));
    }

    /** Saves these settings readable by their owner only: written to a 0600 file, then moved into place. */
    public void save(Path home) {
        try {
            Files.createDirectories(home);
            Path tmp = Files.createTempFile(home, FILE, ".tmp",
                    PosixFilePermissions.asFileAttribute(Set.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE)));
            Properties p = new Properties();
            p.setProperty("url", url.toString());
            p.setProperty("token", token);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "tracker login: the server and your token (keep this file private)");
            }
            Files.move(tmp, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Removes the saved login; false when there was none. */
    public static boolean forget(Path home) {
        try {
            return Files.deleteIfExists(home.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** An http(s) address with a host and nothing a token could leak into (user-info, query, fragment). */
    public static URI checkedUrl(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            throw InvalidInputException.of("url", "format", "https://tracker.example.org");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || text.length() > 2000) {
            throw InvalidInputException.of("url", "format", "https://tracker.example.org");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /** A token is never printed: this is what a debugger or a log line shows. */
    @Override
    public String toString() {
        return "RemoteSettings[url=" + url + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
