package org.campaigntracker.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

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

    /**
     * The columns a statement that reads a read model selects first, to learn its {@link Mark}: the snapshot as text
     * ({@code xmin:xmax:running,…}) and the campaign's revision in it (the sum of its shards; its one parameter is the
     * campaign id). Constant text: read models run it after every write, and the driver prepares it once.
     */
    public static final String MARK_COLUMNS = "txid_current_snapshot()::text, "
            + "(select coalesce(sum(revision), 0)::bigint from campaign_revision where campaign_id = ?)";

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

    private final AtomicLong seq = new AtomicLong();
    private final ConcurrentMap<Long, Deque<Entry>> byCampaign = new ConcurrentHashMap<>();

    /** Take it BEFORE the statement that takes the snapshot; see {@link #mark}. */
    public long lastSeq() {
        return seq.get();
    }

    /** The mark read as the first two columns ({@link #MARK_COLUMNS}) of the current row. */
    public static Mark mark(long seqBefore, ResultSet row) throws SQLException {
        String[] parts = row.getString(1).split(":", -1);
        long[] running = parts[2].isEmpty() ? new long[0]
                : Arrays.stream(parts[2].split(",")).mapToLong(Long::parseLong).sorted().toArray();
        return new Mark(seqBefore, Long.parseLong(parts[0]), Long.parseLong(parts[1]), running, row.getLong(2));
    }

    /** Reads a mark alone: as the first statement of a repeatable-read transaction, the mark of its snapshot. */
    public Mark mark(DSLContext dsl, long campaignId) {
        long before = lastSeq();
        return dsl.connectionResult(c -> {
            try (PreparedStatement st = c.prepareStatement("select " + MARK_COLUMNS)) {
                st.setLong(1, campaignId);
                try (ResultSet r = st.executeQuery()) {
                    r.next();
                    return mark(before, r);
                }
            }
        });
    }

    /** What a read model reads from each row of its probe, after the mark's columns. */
    @FunctionalInterface
    public interface ProbeRow {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a read model's probe: one statement whose text starts with {@link #MARK_COLUMNS} and then reads the
     * interactions asked for ({@code any(?::bigint[])}, then the campaign id); returns the snapshot's mark and hands
     * every row to {@code each}. Null when the statement returned no row.
     */
    public static Mark probe(DSLContext dsl, String sql, long campaignId, long seqBefore,
                             Collection<Long> interactionIds, ProbeRow each) {
        return dsl.connectionResult(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, campaignId);
                st.setString(2, idArray(interactionIds));
                st.setLong(3, campaignId);
                try (ResultSet r = st.executeQuery()) {
                    Mark mark = null;
                    while (r.next()) {
                        mark = mark != null ? mark : mark(seqBefore, r);
                        each.read(r);
                    }
                    return mark;
                }
            }
        });
    }

    /** An {@code any(?::bigint[])} parameter: ids as array text ({1,2}), cheaper than the driver's array objects. */
    public static String idArray(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
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
