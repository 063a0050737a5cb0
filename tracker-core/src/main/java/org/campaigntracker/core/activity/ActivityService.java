package org.campaigntracker.core.activity;

import java.util.List;
import java.util.Set;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.store.Change;
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
        ChangeLog log = transactions.changes();
        for (int attempt = 0; base != null; attempt++) {
            long seq = log.lastSeq();
            Set<Long> logged = log.since(campaignId, base.mark(), Change.Kind.INTERACTION_ADDED);
            ActivityRepository.Probe probe = transactions.read(tx -> new ActivityRepository(tx.dsl())
                    .probe(campaignId, seq, logged));
            if (probe.mark().revision() == base.mark().revision()) {
                return new ReadModel.Kept<>(base.value(), probe.mark());
            }
            Set<Change> changes = log.between(campaignId, base.mark(), probe.mark());
            boolean added = changes != null
                    && changes.stream().allMatch(c -> c.kind() == Change.Kind.INTERACTION_ADDED);
            if (attempt < 2 && (changes == null ? transactions.awaitLogged(
                    () -> log.between(campaignId, base.mark(), probe.mark()) != null)
                    : added && !changes.stream().allMatch(c -> probe.interactions().containsKey(c.id())))) {
                // A commit in the snapshot was logged after the probe was written: read again now that it is.
                continue;
            }
            if (added && changes.stream().allMatch(c -> probe.interactions().containsKey(c.id()))) {
                return new ReadModel.Kept<>(base.value().with(probe.interactions().values().stream()
                        .filter(e -> changes.contains(Change.interactionAdded(e.id()))).toList()), probe.mark());
            }
            break;
        }
        return transactions.snapshot(tx -> {
            ChangeLog.Mark mark = log.mark(tx.dsl(), campaignId);
            return new ReadModel.Kept<>(NewestFeed.of(new ActivityRepository(tx.dsl())
                    .newest(campaignId, NewestFeed.KEPT + 1)), mark);
        });
    }
}
