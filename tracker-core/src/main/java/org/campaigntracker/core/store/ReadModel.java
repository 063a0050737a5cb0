package org.campaigntracker.core.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
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

    private record Entry<V>(Kept<V> kept, RevisionWatch.Stamp stamp) {
    }

    private final RevisionWatch watch;
    private final Map<Long, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Map<Long, Object> refreshing = new ConcurrentHashMap<>();

    public ReadModel(Transactions transactions) {
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

    /** Whether a refresh stamped {@code refreshed} began after every change the caller stamped {@code arrival} knew. */
    private static boolean covers(RevisionWatch.Stamp refreshed, RevisionWatch.Stamp arrival) {
        return refreshed != null && arrival != null && refreshed.generation() == arrival.generation()
                && refreshed.changes() >= arrival.changes();
    }
}
