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
 * @param tokenCacheSeconds how long a token that authenticated is trusted without asking the database again while
 *                          the server cannot hear of revocations (its LISTEN connection lost), so how long a revoked
 *                          token may then still work on it; while it listens, a revocation anywhere ends the trust at
 *                          once. 0 checks every request
 */
public record ApiConfig(List<String> corsOrigins, long maxBodyBytes, int tokenCacheSeconds) {

    public static final long DEFAULT_MAX_BODY = 64 * 1024;
    public static final int DEFAULT_TOKEN_CACHE_SECONDS = 2;

    public ApiConfig {
        corsOrigins = List.copyOf(corsOrigins);
        Check.of().range("max_body_bytes", (int) Math.min(maxBodyBytes, Integer.MAX_VALUE), 1, 16 * 1024 * 1024)
                .range("token_cache_seconds", tokenCacheSeconds, 0, 60)
                .orThrow();
    }

    public static ApiConfig defaults() {
        return new ApiConfig(List.of(), DEFAULT_MAX_BODY, DEFAULT_TOKEN_CACHE_SECONDS);
    }

    /** From TRACKER_CORS_ORIGINS (comma-separated), TRACKER_MAX_BODY_BYTES and TRACKER_TOKEN_CACHE_SECONDS. */
    public static ApiConfig fromEnvironment(Map<String, String> env) {
        String origins = env.getOrDefault("TRACKER_CORS_ORIGINS", "");
        String max = env.get("TRACKER_MAX_BODY_BYTES");
        String cache = env.get("TRACKER_TOKEN_CACHE_SECONDS");
        return new ApiConfig(Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                max == null ? DEFAULT_MAX_BODY : parse("max_body_bytes", max, "65536"),
                cache == null ? DEFAULT_TOKEN_CACHE_SECONDS : (int) parse("token_cache_seconds", cache, "2"));
    }

    private static long parse(String field, String value, String example) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw org.campaigntracker.core.common.InvalidInputException.of(field, "format", example);
        }
    }

    public ApiConfig withCorsOrigins(String... origins) {
        return new ApiConfig(List.of(origins), maxBodyBytes, tokenCacheSeconds);
    }

    public ApiConfig withMaxBodyBytes(long bytes) {
        return new ApiConfig(corsOrigins, bytes, tokenCacheSeconds);
    }

    public ApiConfig withTokenCacheSeconds(int seconds) {
        return new ApiConfig(corsOrigins, maxBodyBytes, seconds);
    }
}
