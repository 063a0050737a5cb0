package org.campaigntracker.core.activity;

import java.util.List;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.store.Transactions;

/** Reads the activity feed of one campaign. */
public final class ActivityService {

    private final Transactions transactions;

    public ActivityService(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Newest first (date, then kind, then id, so pages never overlap). With {@code personalData} false (partners),
     * an interaction shows its public summary, never its private one, and commitments are left out: a partner
     * follows the campaign's public progress, not who promised what in a closed meeting.
     */
    public List<ActivityEntry> feed(long campaignId, boolean personalData, ActivityFilter filter, Page page) {
        return transactions.read(tx -> new ActivityRepository(tx.dsl()).feed(campaignId, personalData, filter, page));
    }
}
