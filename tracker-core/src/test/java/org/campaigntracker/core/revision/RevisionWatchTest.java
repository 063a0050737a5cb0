package org.campaigntracker.core.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

class RevisionWatchTest {

    private final ConnectionSettings db = TestPostgres.freshDatabase();

    @Test
    void aCommitAnywhereOnTheDatabaseEndsTheStampsOfThatCampaignOnly() throws Exception {
        Tracker other = Tracker.over(db.simpleDataSource());
        long caf = other.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        long ft = other.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();
        try (Tracker server = Tracker.pooled(db, 2)) {
            RevisionWatch watch = server.revisions();
            await(watch::live);
            RevisionWatch.Stamp cafStamp = watch.stamp(caf);
            RevisionWatch.Stamp ftStamp = watch.stamp(ft);
            assertThat(watch.current(caf, cafStamp)).isTrue();

            // Another "server" (a connection the watch knows nothing about) commits a change to one campaign.
            other.demands().addTheme(caf, ThemeDraft.of("Transparence des algorithmes"));

            await(() -> !watch.current(caf, cafStamp));
            assertThat(watch.current(ft, ftStamp)).as("a change elsewhere keeps other campaigns cached").isTrue();
            assertThat(watch.current(caf, watch.stamp(caf))).isTrue();
        }
    }

    @Test
    void losingTheListeningConnectionRefusesEveryStampUntilListeningAgain() throws Exception {
        try (Tracker server = Tracker.pooled(db, 2)) {
            RevisionWatch watch = server.revisions();
            await(watch::live);
            RevisionWatch.Stamp before = watch.stamp(1);

            // Notifications sent while it is disconnected are lost: nothing stamped before may be trusted again.
            try (Connection admin = db.open(); Statement st = admin.createStatement()) {
                st.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                        + "where query like 'listen campaign_revision%' and pid <> pg_backend_pid()");
            }
            await(() -> !watch.current(1, before));
            await(watch::live);
            assertThat(watch.current(1, before)).isFalse();
            assertThat(watch.current(1, watch.stamp(1))).isTrue();
        }
    }

    @Test
    void recordingATokensUseIsNoTokenChangeButARevocationIs() throws Exception {
        Tracker other = Tracker.over(db.simpleDataSource());
        long caf = other.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
        long used = other.tokens().create(caf, Role.ADVISER, "dashboard", null).token().id();
        long revoked = other.tokens().create(caf, Role.PARTNER, "partner", null).token().id();
        try (Tracker server = Tracker.pooled(db, 2)) {
            RevisionWatch watch = server.revisions();
            await(watch::live);
            RevisionWatch.Stamp before = watch.tokenStamp();
            other.tokens().used(used);
            // Told through another connection, so only PostgreSQL's notifications reach this watch, in commit order.
            other.tokens().revoke(revoked);
            await(() -> !watch.tokensCurrent(before));
            Thread.sleep(200);
            assertThat(watch.tokenStamp().changes() - before.changes()).as("the revocation only").isEqualTo(1);
        }
    }

    @Test
    void aWatchThatIsNotListeningNeverVouches() {
        RevisionWatch none = RevisionWatch.none();
        assertThat(none.stamp(1)).isNull();
        assertThat(none.current(1, new RevisionWatch.Stamp(0, 0))).isFalse();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
