package org.campaigntracker.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.Check;

/**
 * The server's settings, validated once.
 *
 * @param corsOrigins  browser origins allowed to call the API; empty (the default) turns CORS off
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 */
public record ApiConfig(List<String> corsOrigins, long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY = 64 * 1024;

    public ApiConfig {
        corsOrigins = List.copyOf(corsOrigins);
        Check.of().range("max_body_bytes", (int) Math.min(maxBodyBytes, Integer.MAX_VALUE), 1, 16 * 1024 * 1024)
                .orThrow();
    }

    public static ApiConfig defaults() {
        return new ApiConfig(List.of(), DEFAULT_MAX_BODY);
    }

    /** From TRACKER_CORS_ORIGINS (comma-separated) and TRACKER_MAX_BODY_BYTES, defaults otherwise. */
    public static ApiConfig fromEnvironment(Map<String, String> env) {
        String origins = env.getOrDefault("TRACKER_CORS_ORIGINS", "");
        String max = env.get("TRACKER_MAX_BODY_BYTES");
        return new ApiConfig(Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                max == null ? DEFAULT_MAX_BODY : parse(max));
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw org.campaigntracker.core.common.InvalidInputException.of("max_body_bytes", "format", "65536");
        }
    }

    public ApiConfig withCorsOrigins(String... origins) {
        return new ApiConfig(List.of(origins), maxBodyBytes);
    }

    public ApiConfig withMaxBodyBytes(long bytes) {
        return new ApiConfig(corsOrigins, bytes);
    }
}
