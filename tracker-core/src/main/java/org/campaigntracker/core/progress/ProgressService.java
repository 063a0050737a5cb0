package org.campaigntracker.core.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.ChangeLog;
import org.campaigntracker.core.store.ReadModel;
import org.campaigntracker.core.store.Renditions;
import org.campaigntracker.core.store.Transactions;

/**
 * Progress per campaign, kept in memory and maintained incrementally. While the {@link RevisionWatch} vouches that
 * nothing changed, a call costs no query at all. After a change, the next call brings the kept progress to a new
 * snapshot of the database:
 * <ul>
 *   <li>interactions logged by this process are merged in (one statement reads the snapshot and them);</li>
 *   <li>other changes this process told ({@link Change}) recompute only the demands they touch;</li>
 *   <li>anything else (another instance's write heard through NOTIFY, a write that did not tell what it changed, a new
 *       day, the first read) recomputes the campaign.</li>
 * </ul>
 * Which applies is decided by {@link ChangeLog#between}, which is exact or says it cannot tell: the progress kept at a
 * revision is always the one a full computation at that revision gives (the API's ETag relies on it).
 */
public final class ProgressService {

    /** The progress, and its renditions (made once per value, dropped with it). */
    public record View(Progress progress, Renditions renditions) {
    }

    private final Transactions transactions;
    private final Clock clock;
    private final ReadModel<View> kept;

    public ProgressService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.kept = new ReadModel<>(transactions);
    }

    /** The campaign's current revision: a cheap validator for anything derived from the campaign's data. */
    public long revision(long campaignId) {
        return transactions.read(tx -> new ProgressRepository(tx.dsl()).revision(campaignId));
    }

    public Progress progress(long campaignId) {
        return view(campaignId).progress();
    }

    public View view(long campaignId) {
        LocalDate today = LocalDate.now(clock);
        if (transactions.inTransaction()) {
            // A unit of work reads its own writes, never a kept view.
            return new View(transactions.read(tx -> new ProgressComputation(tx.dsl(), campaignId, today)
                    .whole(new ProgressRepository(tx.dsl()).revision(campaignId))), new Renditions());
        }
        return kept.get(campaignId, v -> v.progress().asOf().equals(today), base -> refresh(campaignId, today, base));
    }

    private ReadModel.Kept<View> refresh(long campaignId, LocalDate today, ReadModel.Kept<View> base) {
        if (base == null || !base.value().progress().asOf().equals(today)) {
            return compute(campaignId, today, null);
        }
        ReadModel.Kept<View> caught = kept.catchUp(campaignId, base, (seq, ids) -> transactions.read(
                tx -> new ProgressRepository(tx.dsl()).probe(campaignId, seq, ids)),
                (view, probe, added) -> new View(AddedInteractions.merge(view.progress(), added.stream()
                        .map(probe.added()::get).toList(), probe.mark().revision()), new Renditions()));
        return caught != null ? caught : compute(campaignId, today, base);
    }

    /**
     * In one repeatable-read snapshot: {@code base} updated with what changed since its mark when that can be told,
     * else the whole computation. The revision kept with the progress is the one its data comes from.
     */
    private ReadModel.Kept<View> compute(long campaignId, LocalDate today, ReadModel.Kept<View> base) {
        return transactions.snapshot(tx -> {
            ChangeLog.Mark mark = transactions.changes().mark(tx.dsl(), campaignId);
            Set<Change> changes = base == null ? null : transactions.changesBetween(campaignId, base.mark(), mark);
            ProgressComputation computation = new ProgressComputation(tx.dsl(), campaignId, today);
            Progress progress = changes == null ? computation.whole(mark.revision())
                    : computation.update(base.value().progress(), changes, mark.revision());
            return new ReadModel.Kept<>(new View(progress, new Renditions()), mark);
        });
    }
}
