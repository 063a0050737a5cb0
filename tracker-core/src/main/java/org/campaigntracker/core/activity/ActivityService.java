package org.campaigntracker.core.activity;

import java.util.List;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.store.ChangeLog;
import org.campaigntracker.core.store.ReadModel;
import org.campaigntracker.core.store.Transactions;

/**
 * Reads the activity feed of one campaign. The first pages of the unfiltered feed, which dashboards poll, come from
 * the campaign's {@link NewestFeed} kept in memory: interactions this process logs are merged into it, any other
 * change reads it again (one query). Filtered feeds and pages further back are read from the tables.
 */
public final class ActivityService {

    private final Transactions transactions;
    private final ReadModel<NewestFeed> newest;

    public ActivityService(Transactions transactions) {
        this.transactions = transactions;
        this.newest = new ReadModel<>(transactions);
    }

    /**
     * Newest first (date, then kind, then id, so pages never overlap). With {@code personalData} false (partners),
     * an interaction shows its public summary, never its private one, and commitments are left out: a partner
     * follows the campaign's public progress, not who promised what in a closed meeting.
     */
    public List<ActivityEntry> feed(long campaignId, boolean personalData, ActivityFilter filter, Page page) {
        if (filter.equals(ActivityFilter.all()) && !transactions.inTransaction()) {
            List<ActivityEntry> kept = newest.get(campaignId, f -> true, base -> refresh(campaignId, base))
                    .page(personalData, page);
            if (kept != null) {
                return kept;
            }
        }
        return transactions.read(tx -> new ActivityRepository(tx.dsl()).feed(campaignId, personalData, filter, page));
    }

    private ReadModel.Kept<NewestFeed> refresh(long campaignId, ReadModel.Kept<NewestFeed> base) {
        ReadModel.Kept<NewestFeed> caught = base == null ? null : newest.catchUp(campaignId, base,
                (seq, ids) -> transactions.read(tx -> new ActivityRepository(tx.dsl()).probe(campaignId, seq, ids)),
                (feed, probe, added) -> feed.with(added.stream().map(probe.interactions()::get)
                        .filter(java.util.Objects::nonNull).toList()));
        if (caught != null) {
            return caught;
        }
        return transactions.snapshot(tx -> {
            ChangeLog.Mark mark = transactions.changes().mark(tx.dsl(), campaignId);
            return new ReadModel.Kept<>(NewestFeed.of(new ActivityRepository(tx.dsl())
                    .newest(campaignId, NewestFeed.KEPT + 1)), mark);
        });
    }
}
