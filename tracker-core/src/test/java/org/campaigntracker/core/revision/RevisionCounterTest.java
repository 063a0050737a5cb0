package org.campaigntracker.core.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/** The revision triggers count transactions, not rows: one bump (and one notification) per campaign and commit. */
class RevisionCounterTest {

    private final ConnectionSettings db = TestPostgres.freshDatabase();
    private final Tracker tracker = Tracker.over(db.simpleDataSource());
    private final long caf = tracker.campaigns().create(CampaignDraft.of("caf", "CAF")).id();
    private final long ft = tracker.campaigns().create(CampaignDraft.of("france-travail", "France Travail")).id();

    @Test
    void aTransactionBumpsEachCampaignItWritesOnceHoweverManyRows() throws SQLException {
        long cafBefore = revision(caf);
        long ftBefore = revision(ft);
        try (Connection c = db.open(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < 3; i++) {
                st.execute("update campaign set name = name where id in (" + caf + ", " + ft + ")");
            }
            c.commit();
            st.execute("update campaign set name = name where id = " + caf); // a new transaction counts again
            c.commit();
        }
        assertThat(revision(caf)).isEqualTo(cafBefore + 2);
        assertThat(revision(ft)).isEqualTo(ftBefore + 1);
    }

    @Test
    void aBumpUndoneWithItsSavepointIsMadeAgainByTheNextWrite() throws SQLException {
        long before = revision(caf);
        try (Connection c = db.open(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            Savepoint sp = c.setSavepoint();
            st.execute("update campaign set name = name where id = " + caf);
            c.rollback(sp);
            st.execute("update campaign set name = name where id = " + caf);
            c.commit();
        }
        assertThat(revision(caf)).as("the write that committed was counted").isEqualTo(before + 1);
    }

    @Test
    void aRolledBackTransactionCountsNothingAndTheNextOneCounts() throws SQLException {
        long before = revision(caf);
        try (Connection c = db.open(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("update campaign set name = name where id = " + caf);
            c.rollback();
            st.execute("update campaign set name = name where id = " + caf);
            c.commit();
        }
        assertThat(revision(caf)).isEqualTo(before + 1);
    }

    private long revision(long campaignId) throws SQLException {
        try (Connection c = db.open(); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select coalesce(sum(revision), 0) from campaign_revision where campaign_id = "
                     + campaignId)) {
            r.next();
            return r.getLong(1);
        }
    }
}
