package org.campaigntracker.core.store;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The latest commits of this process per campaign, each with its database transaction id and what it changed, from
 * which a read model computed at one database snapshot learns what to apply to be right at a later one
 * ({@link #between}).
 * <p>
 * Exact, or it says it cannot tell: every transaction that writes a campaign's rows bumps its revision counter by
 * exactly one (changeset 0025), so when the revision grew by as many as the commits found between the two snapshots,
 * those commits are all that happened; a write of another instance, of psql, or one too old to be kept here, leaves
 * the count short and the read model recomputes. The transaction ids place each commit against the snapshots
 * ({@code txid_current_snapshot()}), however the commits and their announcements interleave with the reads.
 */
public final class ChangeLog {

    /** Commits kept per campaign; a read model further behind recomputes. */
    static final int KEPT = 128;

    private record Entry(long seq, long txid, Set<Change> changes) {
    }

    /**
     * Where a read-model value was read: the database snapshot, the campaign revision in it, and how many commits this
     * process had announced before it was taken (those are in it for sure).
     */
    public record Mark(long seq, long xmin, long xmax, long[] running, long revision) {

        /** Whether the transaction {@code txid}, committed, is seen in this snapshot. */
        boolean sees(long txid) {
            return txid < xmin || (txid < xmax && Arrays.binarySearch(running, txid) < 0);
        }
    }

    /** The database snapshot as text ({@code xmin:xmax:running,…}), to read in the statement that reads the model. */
    public static final Field<String> SNAPSHOT = DSL.field("txid_current_snapshot()::text", String.class);

    private final AtomicLong seq = new AtomicLong();
    private final ConcurrentMap<Long, Deque<Entry>> byCampaign = new ConcurrentHashMap<>();

    /** The campaign's revision (the sum of its shards), to read in the same statement as {@link #SNAPSHOT}. */
    public static Field<Long> revision(long campaignId) {
        return DSL.field("(select coalesce(sum(revision), 0)::bigint from campaign_revision where campaign_id = {0})",
                Long.class, DSL.val(campaignId));
    }

    /** Take it BEFORE the statement that takes the snapshot; see {@link #mark}. */
    public long lastSeq() {
        return seq.get();
    }

    /** The mark of a snapshot read as {@link #SNAPSHOT}, with the revision read in it. */
    public static Mark mark(long seqBefore, String snapshot, long revision) {
        String[] parts = snapshot.split(":", -1);
        long[] running = parts[2].isEmpty() ? new long[0]
                : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).sorted().toArray();
        return new Mark(seqBefore, Long.parseLong(parts[0]), Long.parseLong(parts[1]), running, revision);
    }

    /** Reads a mark alone: the first statement of a repeatable-read transaction, whose snapshot it then names. */
    public Mark mark(DSLContext dsl, long campaignId) {
        long before = lastSeq();
        var r = dsl.select(SNAPSHOT, revision(campaignId)).fetchOne();
        return mark(before, r.value1(), r.value2());
    }

    /**
     * What changed in the campaign between two snapshots, or null when that cannot be told (a commit of another
     * process, a write that did not say what it changed, a commit no longer kept): then recompute at {@code to}.
     */
    public Set<Change> between(long campaignId, Mark from, Mark to) {
        Set<Change> changes = new HashSet<>();
        int commits = 0;
        for (Entry e : entries(campaignId)) {
            if (e.seq() <= from.seq() || !(e.txid() >= 0 ? to.sees(e.txid()) : e.seq() <= to.seq())
                    || (e.txid() >= 0 && from.sees(e.txid()))) {
                continue; // already in `from`, or not yet in `to`
            }
            if (e.changes() == null) {
                return null;
            }
            commits++;
            changes.addAll(e.changes());
        }
        return to.revision() - from.revision() == commits ? changes : null;
    }

    /** Ids of the changes of this kind that may have been committed after {@code from}: what to read with a mark. */
    public Set<Long> since(long campaignId, Mark from, Change.Kind kind) {
        Set<Long> ids = new HashSet<>();
        for (Entry e : entries(campaignId)) {
            if (e.seq() > from.seq() && e.changes() != null && !(e.txid() >= 0 && from.sees(e.txid()))) {
                e.changes().stream().filter(c -> c.kind() == kind).forEach(c -> ids.add(c.id()));
            }
        }
        return ids;
    }

    /**
     * Records a commit of this process, after it committed. {@code txid} is -1 when unknown; {@code changes} null when
     * the unit of work did not tell what it changed.
     */
    void append(long campaignId, long txid, Set<Change> changes) {
        Deque<Entry> log = byCampaign.computeIfAbsent(campaignId, id -> new ArrayDeque<>());
        synchronized (log) {
            log.addLast(new Entry(seq.incrementAndGet(), txid, changes == null ? null : Set.copyOf(changes)));
            if (log.size() > KEPT) {
                log.removeFirst();
            }
        }
    }

    private List<Entry> entries(long campaignId) {
        Deque<Entry> log = byCampaign.get(campaignId);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            return List.copyOf(log);
        }
    }
}
