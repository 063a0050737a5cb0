package org.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Each setting: its default, its environment variable, and the values it refuses. */
class ApiConfigTest {

    private static ApiConfig from(String variable, String value) {
        return ApiConfig.fromEnvironment(Map.of(variable, value));
    }

    private static void refused(String variable, String value, String field) {
        assertThatThrownBy(() -> from(variable, value)).as(variable + "=" + value)
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.violations()).extracting(v -> v.field()).containsExactly(field));
    }

    @Test
    void anEmptyEnvironmentGivesTheDefaults() {
        assertThat(ApiConfig.fromEnvironment(Map.of())).isEqualTo(ApiConfig.defaults())
                .isEqualTo(new ApiConfig(List.of(), 65_536, 2, 10_000, 1024, 64, 120));
    }

    @Test
    void corsOrigins() {
        assertThat(from("TRACKER_CORS_ORIGINS", " https://a.example, ,https://b.example").corsOrigins())
                .containsExactly("https://a.example", "https://b.example");
    }

    @Test
    void maxBodyBytes() {
        assertThat(from("TRACKER_MAX_BODY_BYTES", "4096").maxBodyBytes()).isEqualTo(4096);
        refused("TRACKER_MAX_BODY_BYTES", "0", "max_body_bytes");
        refused("TRACKER_MAX_BODY_BYTES", "99999999999", "max_body_bytes");
        refused("TRACKER_MAX_BODY_BYTES", "64k", "max_body_bytes");
    }

    @Test
    void tokenCacheSeconds() {
        assertThat(from("TRACKER_TOKEN_CACHE_SECONDS", "0").tokenCacheSeconds()).isZero();
        refused("TRACKER_TOKEN_CACHE_SECONDS", "61", "token_cache_seconds");
    }

    @Test
    void bodyTimeout() {
        assertThat(from("TRACKER_BODY_TIMEOUT_MS", " 2500 ").bodyTimeoutMillis()).isEqualTo(2500);
        refused("TRACKER_BODY_TIMEOUT_MS", "10", "body_timeout_ms");
        refused("TRACKER_BODY_TIMEOUT_MS", "ten seconds", "body_timeout_ms");
    }

    @Test
    void minBodyRate() {
        assertThat(from("TRACKER_MIN_BODY_RATE", "0").minBodyRate()).isZero();
        assertThat(from("TRACKER_MIN_BODY_RATE", "50000").minBodyRate()).isEqualTo(50_000);
        refused("TRACKER_MIN_BODY_RATE", "-1", "min_body_rate");
    }

    @Test
    void maxConnectionsPerAddress() {
        assertThat(from("TRACKER_MAX_CONNECTIONS_PER_ADDRESS", "8").maxConnectionsPerAddress()).isEqualTo(8);
        refused("TRACKER_MAX_CONNECTIONS_PER_ADDRESS", "0", "max_connections_per_address");
    }

    @Test
    void publicRequestsPerMinute() {
        assertThat(from("", "").publicRequestsPerMinute()).isEqualTo(120);
        assertThat(from("TRACKER_PUBLIC_REQUESTS_PER_MINUTE", "600").publicRequestsPerMinute()).isEqualTo(600);
        refused("TRACKER_PUBLIC_REQUESTS_PER_MINUTE", "0", "public_requests_per_minute");
        refused("TRACKER_PUBLIC_REQUESTS_PER_MINUTE", "lots", "public_requests_per_minute");
    }
}
