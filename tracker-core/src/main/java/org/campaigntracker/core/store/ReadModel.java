package org.campaigntracker.core.store;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.campaigntracker.core.revision.RevisionWatch;

/**
 * One value per campaign kept in memory by a read model, with the {@link ChangeLog.Mark} of the snapshot it is right
 * at. While the {@link RevisionWatch} vouches that the campaign did not change, a read costs nothing. Otherwise one
 * caller at a time per campaign brings the value up to date ({@link Refresh}: apply what changed since its mark, or
 * recompute), and a caller that waited for it takes its result when that refresh began after every change the caller
 * had heard of, so nobody is answered with data older than a change they knew about.
 */
public final class ReadModel<V> {

    /** A value and the snapshot it is right at. */
    public record Kept<V>(V value, ChangeLog.Mark mark) {
    }

    /** Brings a kept value up to date; {@code kept} is null on the first read. */
    @FunctionalInterface
    public interface Refresh<V> {
        Kept<V> refresh(Kept<V> kept);
    }

    /** What a read model reads in one statement to catch up: a mark, and the rows of the interactions asked for. */
    public interface Probe {
        ChangeLog.Mark mark();

        /** Whether the interaction asked for was found (it exists in the snapshot). */
        boolean found(long interactionId);
    }

    /** Reads a {@link Probe}: the mark of a new snapshot and, in it, the interactions {@code ids}. */
    @FunctionalInterface
    public interface Prober<P extends Probe> {
        P probe(long seqBefore, Set<Long> ids);
    }

    /** The value with the interactions {@code added} (found by the probe) merged in, at the probe's mark. */
    @FunctionalInterface
    public interface Merge<V, P extends Probe> {
        V merge(V value, P probe, Set<Long> added);
    }

    private record Entry<V>(Kept<V> kept, RevisionWatch.Stamp stamp) {
    }

    private final Transactions transactions;
    private final RevisionWatch watch;
    private final Map<Long, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<Long, Object> refreshing = new ConcurrentHashMap<>();

    public ReadModel(Transactions transactions) {
        this.transactions = transactions;
        this.watch = transactions.watch();
    }

    /** The campaign's value; {@code usable} refuses a kept value that is stale for other reasons (the day changed). */
    public V get(long campaignId, Predicate<V> usable, Refresh<V> refresh) {
        Entry<V> hit = entries.get(campaignId);
        if (hit != null && usable.test(hit.kept().value()) && watch.current(campaignId, hit.stamp())) {
            return hit.kept().value();
        }
        RevisionWatch.Stamp arrival = watch.stamp(campaignId);
        synchronized (refreshing.computeIfAbsent(campaignId, id -> new Object())) {
            Entry<V> now = entries.get(campaignId);
            if (now != null && usable.test(now.kept().value()) && covers(now.stamp(), arrival)) {
                return now.kept().value();
            }
            RevisionWatch.Stamp stamp = watch.stamp(campaignId); // before reading: a change after it must show
            Kept<V> fresh = refresh.refresh(now == null ? null : now.kept());
            entries.put(campaignId, new Entry<>(fresh, stamp));
            return fresh.value();
        }
    }

    /**
     * {@code kept} brought to a new snapshot without recomputing, when nothing was committed since its mark or only
     * interactions logged by this process (the most frequent write): one statement reads the new mark and those
     * interactions, {@code merge} adds them. Null when anything else changed: the caller recomputes. A commit that is
     * in the new snapshot but not logged yet (its thread is still returning from the database) is waited for, and
     * the statement read again, rather than recomputing.
     */
    public <P extends Probe> Kept<V> catchUp(long campaignId, Kept<V> kept, Prober<P> prober, Merge<V, P> merge) {
        ChangeLog log = transactions.changes();
        for (int attempt = 0; attempt < 3; attempt++) {
            long seq = log.lastSeq();
            P probe = prober.probe(seq, log.since(campaignId, kept.mark(), Change.Kind.INTERACTION_ADDED));
            if (probe.mark().revision() == kept.mark().revision()) {
                return new Kept<>(kept.value(), probe.mark()); // nothing was committed in between
            }
            Set<Change> changes = log.between(campaignId, kept.mark(), probe.mark());
            if (changes == null) {
                if (transactions.awaitLogged(() -> log.between(campaignId, kept.mark(), probe.mark()) != null)) {
                    continue;
                }
                return null;
            }
            if (!changes.stream().allMatch(c -> c.kind() == Change.Kind.INTERACTION_ADDED)) {
                return null;
            }
            Set<Long> added = changes.stream().map(Change::id).collect(Collectors.toSet());
            if (added.stream().allMatch(probe::found)) {
                return new Kept<>(merge.merge(kept.value(), probe, added), probe.mark());
            }
            // Logged after the statement was written: read again, asking for it.
        }
        return null;
    }

    /** Whether a refresh stamped {@code refreshed} began after every change the caller stamped {@code arrival} knew. */
    private static boolean covers(RevisionWatch.Stamp refreshed, RevisionWatch.Stamp arrival) {
        return refreshed != null && arrival != null && refreshed.generation() == arrival.generation()
                && refreshed.changes() >= arrival.changes();
    }
}
