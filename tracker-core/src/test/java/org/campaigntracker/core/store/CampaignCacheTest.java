package org.campaigntracker.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class CampaignCacheTest {

    @Test
    void readsTheDatabaseOnceWhileTheCampaignIsUnchangedAndAgainAfterAChange() throws Exception {
        ConnectionSettings db = TestPostgres.freshDatabase();
        long caf = Tracker.over(db.simpleDataSource()).campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        try (Tracker server = Tracker.pooled(db, 2)) {
            RevisionWatch watch = server.revisions();
            while (!watch.live()) {
                Thread.sleep(10);
            }
            CampaignCache<String, Integer> cache = new CampaignCache<>(server.transactions(), 10);
            AtomicInteger loads = new AtomicInteger();

            assertThat(cache.get(caf, "k", loads::incrementAndGet)).isEqualTo(1);
            assertThat(cache.get(caf, "k", loads::incrementAndGet)).isEqualTo(1);
            assertThat(loads).hasValue(1);

            watch.changed(caf);
            assertThat(cache.get(caf, "k", loads::incrementAndGet)).isEqualTo(2);
        }
    }

    @Test
    void aWatchThatCannotVouchKeepsNothing() {
        CampaignCache<String, Integer> cache = new CampaignCache<>(
                new Transactions(null, RevisionWatch.none()), 10);
        AtomicInteger loads = new AtomicInteger();
        cache.get(1, "k", loads::incrementAndGet);
        cache.get(1, "k", loads::incrementAndGet);
        assertThat(loads).hasValue(2);
    }
}
