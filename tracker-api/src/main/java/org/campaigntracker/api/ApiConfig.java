package org.campaigntracker.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.InvalidInputException;

/**
 * The server's settings, validated once.
 *
 * @param corsOrigins  browser origins allowed to call the API; empty (the default) turns CORS off
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param tokenCacheSeconds how long a token that authenticated is trusted without asking the database again while
 *                          the server cannot hear of revocations (its LISTEN connection lost), so how long a revoked
 *                          token may then still work on it; while it listens, a revocation anywhere ends the trust at
 *                          once. 0 checks every request
 * @param bodyTimeoutMillis how long a request body may take to arrive beyond what {@code minBodyRate} allows for
 *                          the bytes received so far; a body later than that gets 408 and its connection is closed
 * @param minBodyRate       bytes per second a body must keep up once {@code bodyTimeoutMillis} has passed (0: the
 *                          whole body within the timeout)
 * @param maxConnectionsPerAddress open connections one client address may hold; one more is answered 429 and closed
 * @param publicRequestsPerMinute answers of the public page (/p/…) one client address gets per minute; more are 429
 * @param trustedProxies    addresses of the reverse proxies in front of the server (IP literals): their
 *                          X-Forwarded-Proto and X-Forwarded-For are believed, and their connections are not capped
 */
public record ApiConfig(List<String> corsOrigins, long maxBodyBytes, int tokenCacheSeconds, int bodyTimeoutMillis,
                        int minBodyRate, int maxConnectionsPerAddress, int publicRequestsPerMinute,
                        List<String> trustedProxies) {

    public static final long DEFAULT_MAX_BODY = 64 * 1024;
    public static final int DEFAULT_TOKEN_CACHE_SECONDS = 2;
    public static final int DEFAULT_BODY_TIMEOUT_MILLIS = 10_000;
    public static final int DEFAULT_MIN_BODY_RATE = 1024;
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 64;
    public static final int DEFAULT_PUBLIC_REQUESTS_PER_MINUTE = 120;

    public ApiConfig {
        corsOrigins = List.copyOf(corsOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        String notAnAddress = trustedProxies.stream()
                .filter(a -> org.campaigntracker.api.http.grizzly.TrustedProxies.literal(a) == null)
                .findFirst().orElse(null);
        Check.of().that(notAnAddress == null, "trusted_proxies", "format", "127.0.0.1,::1").orThrow();
        Check.of().range("max_body_bytes", (int) Math.min(maxBodyBytes, Integer.MAX_VALUE), 1, 16 * 1024 * 1024)
                .range("token_cache_seconds", tokenCacheSeconds, 0, 60)
                .range("body_timeout_ms", bodyTimeoutMillis, 50, 600_000)
                .range("min_body_rate", minBodyRate, 0, 1_000_000_000)
                .range("max_connections_per_address", maxConnectionsPerAddress, 1, 100_000)
                .range("public_requests_per_minute", publicRequestsPerMinute, 1, 1_000_000)
                .orThrow();
    }

    public ApiConfig(List<String> corsOrigins, long maxBodyBytes, int tokenCacheSeconds, int bodyTimeoutMillis,
                     int minBodyRate, int maxConnectionsPerAddress, int publicRequestsPerMinute) {
        this(corsOrigins, maxBodyBytes, tokenCacheSeconds, bodyTimeoutMillis, minBodyRate, maxConnectionsPerAddress,
                publicRequestsPerMinute, List.of());
    }

    public ApiConfig withTrustedProxies(String... addresses) {
        return new ApiConfig(corsOrigins, maxBodyBytes, tokenCacheSeconds, bodyTimeoutMillis, minBodyRate,
                maxConnectionsPerAddress, publicRequestsPerMinute, List.of(addresses));
    }

    public static ApiConfig defaults() {
        return new ApiConfig(List.of(), DEFAULT_MAX_BODY, DEFAULT_TOKEN_CACHE_SECONDS, DEFAULT_BODY_TIMEOUT_MILLIS,
                DEFAULT_MIN_BODY_RATE, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, DEFAULT_PUBLIC_REQUESTS_PER_MINUTE);
    }

    /**
     * From TRACKER_CORS_ORIGINS (comma-separated), TRACKER_MAX_BODY_BYTES, TRACKER_TOKEN_CACHE_SECONDS,
     * TRACKER_BODY_TIMEOUT_MS, TRACKER_MIN_BODY_RATE, TRACKER_MAX_CONNECTIONS_PER_ADDRESS,
     * TRACKER_PUBLIC_REQUESTS_PER_MINUTE, TRACKER_TRUSTED_PROXIES (comma-separated IP literals); unset ones keep their
     * default.
     */
    public static ApiConfig fromEnvironment(Map<String, String> env) {
        String origins = env.getOrDefault("TRACKER_CORS_ORIGINS", "");
        return new ApiConfig(Arrays.stream(origins.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                number(env, "TRACKER_MAX_BODY_BYTES", "max_body_bytes", DEFAULT_MAX_BODY),
                (int) number(env, "TRACKER_TOKEN_CACHE_SECONDS", "token_cache_seconds", DEFAULT_TOKEN_CACHE_SECONDS),
                (int) number(env, "TRACKER_BODY_TIMEOUT_MS", "body_timeout_ms", DEFAULT_BODY_TIMEOUT_MILLIS),
                (int) number(env, "TRACKER_MIN_BODY_RATE", "min_body_rate", DEFAULT_MIN_BODY_RATE),
                (int) number(env, "TRACKER_MAX_CONNECTIONS_PER_ADDRESS", "max_connections_per_address",
                        DEFAULT_MAX_CONNECTIONS_PER_ADDRESS),
                (int) number(env, "TRACKER_PUBLIC_REQUESTS_PER_MINUTE", "public_requests_per_minute",
                        DEFAULT_PUBLIC_REQUESTS_PER_MINUTE),
                Arrays.stream(env.getOrDefault("TRACKER_TRUSTED_PROXIES", "").split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList());
    }

    /** A whole number from the environment; one that does not fit an int is out of every range here. */
    private static long number(Map<String, String> env, String variable, String field, long fallback) {
        String value = env.get(variable);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            return n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? Integer.MIN_VALUE : n;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "format", String.valueOf(fallback));
        }
    }

    public ApiConfig withCorsOrigins(String... origins) {
        return new ApiConfig(List.of(origins), maxBodyBytes, tokenCacheSeconds, bodyTimeoutMillis, minBodyRate,
                maxConnectionsPerAddress, publicRequestsPerMinute, trustedProxies);
    }

    public ApiConfig withMaxBodyBytes(long bytes) {
        return new ApiConfig(corsOrigins, bytes, tokenCacheSeconds, bodyTimeoutMillis, minBodyRate,
                maxConnectionsPerAddress, publicRequestsPerMinute, trustedProxies);
    }

    public ApiConfig withTokenCacheSeconds(int seconds) {
        return new ApiConfig(corsOrigins, maxBodyBytes, seconds, bodyTimeoutMillis, minBodyRate,
                maxConnectionsPerAddress, publicRequestsPerMinute, trustedProxies);
    }

    public ApiConfig withBodyTimeout(int millis, int minBytesPerSecond) {
        return new ApiConfig(corsOrigins, maxBodyBytes, tokenCacheSeconds, millis, minBytesPerSecond,
                maxConnectionsPerAddress, publicRequestsPerMinute, trustedProxies);
    }

    public ApiConfig withMaxConnectionsPerAddress(int connections) {
        return new ApiConfig(corsOrigins, maxBodyBytes, tokenCacheSeconds, bodyTimeoutMillis, minBodyRate,
                connections, publicRequestsPerMinute, trustedProxies);
    }

    public ApiConfig withPublicRequestsPerMinute(int requests) {
        return new ApiConfig(corsOrigins, maxBodyBytes, tokenCacheSeconds, bodyTimeoutMillis, minBodyRate,
                maxConnectionsPerAddress, requests, trustedProxies);
    }
}
