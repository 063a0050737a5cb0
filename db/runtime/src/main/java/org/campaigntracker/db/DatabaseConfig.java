package org.campaigntracker.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the database is: an external PostgreSQL named by {@code TRACKER_DB_URL}, or the embedded one whose
 * data lives under {@code TRACKER_HOME}.
 *
 * @param url      JDBC URL of an external server, empty for the embedded database
 * @param user     user for the external server ({@code TRACKER_DB_USER})
 * @param password password for the external server ({@code TRACKER_DB_PASSWORD})
 * @param home     the tracker's data folder (embedded database, settings)
 */
public record DatabaseConfig(Optional<String> url, Optional<String> user, Optional<String> password, Path home) {

    public static final String URL_VARIABLE = "TRACKER_DB_URL";
    public static final String USER_VARIABLE = "TRACKER_DB_USER";
    public static final String PASSWORD_VARIABLE = "TRACKER_DB_PASSWORD";
    public static final String HOME_VARIABLE = "TRACKER_HOME";

    public DatabaseConfig {
        url = url.map(String::strip).filter(u -> !u.isEmpty());
        user = user.filter(u -> !u.isBlank());
        password = password.filter(p -> !p.isEmpty());
        if (home == null) {
            throw new InvalidDatabaseConfigException(HOME_VARIABLE + " must name a folder");
        }
        url.ifPresent(u -> {
            if (!u.startsWith("jdbc:postgresql://")) {
                throw new InvalidDatabaseConfigException(
                        URL_VARIABLE + " must be a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/tracker, not '" + u + "'");
            }
        });
    }

    /** Reads the settings from environment variables, falling back to the per-user data folder. */
    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        return new DatabaseConfig(
                Optional.ofNullable(env.get(URL_VARIABLE)),
                Optional.ofNullable(env.get(USER_VARIABLE)),
                Optional.ofNullable(env.get(PASSWORD_VARIABLE)),
                homeFrom(env));
    }

    public static DatabaseConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static DatabaseConfig embedded(Path home) {
        return new DatabaseConfig(Optional.empty(), Optional.empty(), Optional.empty(), home);
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }

    static Path homeFrom(Map<String, String> env) {
        String explicit = env.get(HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : userHome(env).resolve(".local").resolve("share");
        return base.resolve("campaign-tracker").toAbsolutePath();
    }

    /** $HOME as the shell sees it (what XDG paths are relative to); Java's user.home only when it is unset. */
    public static Path userHome(Map<String, String> env) {
        String home = env.get("HOME");
        return home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"));
    }
}
