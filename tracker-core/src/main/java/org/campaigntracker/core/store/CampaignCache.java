package org.campaigntracker.core.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.campaigntracker.core.revision.RevisionWatch;

/**
 * Values read from one campaign's data, kept while the {@link RevisionWatch} vouches that the campaign did not
 * change; a miss or a doubt reads the database again, and so does a unit of work open on the calling thread (it must
 * see its own uncommitted writes). Bounded: when full it starts over, which under the read patterns it serves
 * (partners polling the same few items) costs one reload each.
 *
 * @param <K> what identifies a value within a campaign (an id, a query)
 */
public final class CampaignCache<K, V> {

    private record Key<K>(long campaignId, K key) {
    }

    private record Entry<V>(V value, RevisionWatch.Stamp stamp) {
    }

    private final Transactions transactions;
    private final RevisionWatch watch;
    private final int capacity;
    private final Map<Key<K>, Entry<V>> entries = new ConcurrentHashMap<>();

    public CampaignCache(Transactions transactions, int capacity) {
        this.transactions = transactions;
        this.watch = transactions.watch();
        this.capacity = capacity;
    }

    public V get(long campaignId, K key, Supplier<V> load) {
        if (transactions.inTransaction()) {
            return load.get();
        }
        Key<K> k = new Key<>(campaignId, key);
        Entry<V> hit = entries.get(k);
        if (hit != null && watch.current(campaignId, hit.stamp())) {
            return hit.value();
        }
        RevisionWatch.Stamp stamp = watch.stamp(campaignId); // before reading: a change after it must show
        V value = load.get();
        if (stamp != null) {
            if (entries.size() >= capacity) {
                entries.clear();
            }
            entries.put(k, new Entry<>(value, stamp));
        }
        return value;
    }
}
