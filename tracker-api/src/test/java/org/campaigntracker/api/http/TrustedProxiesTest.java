package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Behind a reverse proxy that terminates TLS: what the proxy says of the client (https, its address) is believed only
 * from the proxy's own address (TRACKER_TRUSTED_PROXIES); from anyone else it is ignored.
 */
class TrustedProxiesTest {

    private static final String THEME = "{\"code\":\"1\",\"position\":1,\"title\":\"Transparence\"}";

    private static HttpResponse<String> createTheme(Http http, String token, String title, Map<String, String> h) {
        return http.send("POST", "/api/v1/campaigns/caf/themes", token, THEME.replace("Transparence", title), h);
    }

    /** Asks for the public page until refused (429); how many answers it took, at most 10 tries. */
    private static int spend(Http http, Map<String, String> headers) {
        for (int i = 1; i <= 10; i++) {
            if (http.send("GET", "/p/caf.json", null, null, headers).statusCode() == 429) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void fromATrustedProxyTheClientsSchemeAndAddressAreUsed() {
        try (Tracker tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
             ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0,
                     ApiConfig.defaults().withPublicRequestsPerMinute(2).withTrustedProxies("127.0.0.1", "::1"))) {
            long caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
            tracker.publish().publish(caf);
            String token = tracker.tokens().create(caf, Role.COORDINATOR, "proxy test", null).value();
            Http http = new Http(server.baseUri());

            HttpResponse<String> created = createTheme(http, token, "Un",
                    Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5"));
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("https://");

            // Each client the proxy names has its own allowance on the public page, however many share the proxy.
            assertThat(spend(http, Map.of("X-Forwarded-For", "198.51.100.7, 203.0.113.5"))).isLessThanOrEqualTo(5);
            assertThat(http.send("GET", "/p/caf.json", null, null, Map.of("X-Forwarded-For", "203.0.113.6"))
                    .statusCode()).as("another client behind the same proxy").isEqualTo(200);
        }
    }

    @Test
    void fromAnyoneElseTheHeadersAreTheClientsWordAndIgnored() {
        try (Tracker tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
             ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0,
                     ApiConfig.defaults().withPublicRequestsPerMinute(2).withTrustedProxies("192.0.2.1"))) {
            long caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
            tracker.publish().publish(caf);
            String token = tracker.tokens().create(caf, Role.COORDINATOR, "proxy test", null).value();
            Http http = new Http(server.baseUri());

            HttpResponse<String> created = createTheme(http, token, "Deux", Map.of("X-Forwarded-Proto", "https"));
            assertThat(created.headers().firstValue("Location").orElseThrow()).startsWith("http://127.0.0.1:");

            // A client cannot buy itself a new allowance by naming another address.
            assertThat(spend(http, Map.of("X-Forwarded-For", "203.0.113.10"))).isLessThanOrEqualTo(5);
            assertThat(http.send("GET", "/p/caf.json", null, null, Map.of("X-Forwarded-For", "203.0.113.11"))
                    .statusCode()).isEqualTo(429);
        }
    }

    @Test
    void aTrustedProxyMustBeAnAddressNotAName() {
        assertThatThrownBy(() -> ApiConfig.fromEnvironment(Map.of("TRACKER_TRUSTED_PROXIES", "127.0.0.1, proxy.lan")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("trusted_proxies");
        assertThat(ApiConfig.fromEnvironment(Map.of("TRACKER_TRUSTED_PROXIES", "127.0.0.1, ::1")).trustedProxies())
                .containsExactly("127.0.0.1", "::1");
    }
}
