package org.campaigntracker.api.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** The public page needs no token: one address may not ask for it more than so many times a minute. */
class PublicRateLimitTest {

    @Test
    void eachAddressHasItsOwnAllowancePerMinute() {
        var limit = new PublicRateLimit(3, () -> 60_000L * 100 + 30_000);
        assertThat(limit.retryAfter("10.0.0.1")).isZero();
        assertThat(limit.retryAfter("10.0.0.1")).isZero();
        assertThat(limit.retryAfter("10.0.0.1")).isZero();
        assertThat(limit.retryAfter("10.0.0.1")).isEqualTo(30);
        assertThat(limit.retryAfter("10.0.0.2")).as("another address has its own allowance").isZero();
    }

    @Test
    void theServerAnswers429WithRetryAfterOnceTheConfiguredAllowanceIsSpent() {
        try (Tracker tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
             ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0,
                     ApiConfig.defaults().withPublicRequestsPerMinute(10))) {
            long id = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
            tracker.publish().publish(id);
            Http http = new Http(server.baseUri());
            int ok = 0;
            HttpResponse<String> r = http.get("/p/caf.json", null);
            while (r.statusCode() == 200 && ok < 1000) {
                ok++;
                r = http.get("/p/caf.json", null);
            }
            // 10 a minute; a minute that turns during the loop gives a second allowance.
            assertThat(ok).isBetween(1, 20);
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }
}
