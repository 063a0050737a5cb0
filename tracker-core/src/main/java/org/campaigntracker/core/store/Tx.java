package org.campaigntracker.core.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * One unit of work in progress: the jOOQ context bound to its transaction (or to autocommit, for a lone read or
 * statement), from which the use case builds its repositories, and the campaigns it changed, with what changed in
 * them when the use case told it ({@link Change}).
 */
public final class Tx {

    private final DSLContext dsl;
    private final Set<Long> changed = new LinkedHashSet<>();
    private final Set<Long> untold = new HashSet<>();
    private final Map<Long, Set<Change>> told = new HashMap<>();
    private final Set<Long> unmoved = new HashSet<>();
    private long txid = -1;

    Tx(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Bound to this unit of work: build repositories from it, never keep it past the work. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Marks the campaign changed: once the work is committed, this instance's read models of it are brought up to
     * date before the call that wrote returns (other instances hear it from PostgreSQL). Read models recompute what
     * they keep of the campaign; {@link #changed(long, Change)} lets them apply just the change.
     */
    public void changed(long campaignId) {
        changed.add(campaignId);
        untold.add(campaignId);
    }

    /** As {@link #changed(long)}, telling what changed; call it once per record written, after the write succeeded. */
    public void changed(long campaignId, Change change) {
        changed.add(campaignId);
        told.computeIfAbsent(campaignId, id -> new HashSet<>()).add(change);
    }

    /**
     * For work outside a transaction ({@link Transactions#statement}) whose one write statement returned the id of the
     * transaction it ran in ({@code txid_current()}): read models can then apply what it told. Without it, what such
     * work tells counts as untold. Inside a transaction, {@link Transactions} reads the id itself before committing.
     */
    public void statementTxid(long txid) {
        this.txid = txid;
    }

    /** What a savepoint inside this unit of work changed, once it is released. */
    void absorb(Tx inner) {
        changed.addAll(inner.changed);
        untold.addAll(inner.untold);
        inner.told.forEach((c, changes) -> told.computeIfAbsent(c, id -> new HashSet<>()).addAll(changes));
    }

    Set<Long> changedCampaigns() {
        return changed;
    }

    /** What the unit of work told of the campaign, or null when it did not tell everything. */
    Set<Change> told(long campaignId) {
        return untold.contains(campaignId) ? null : told.get(campaignId);
    }

    boolean toldAny() {
        return !told.isEmpty();
    }

    long txid() {
        return txid;
    }

    /** Whether the campaign's revision did not move: the work wrote none of its rows after all. */
    boolean unmoved(long campaignId) {
        return unmoved.contains(campaignId);
    }

    /**
     * Before committing, when the work told what it changed: the transaction's id, and which told campaigns it did not
     * write after all (a savepoint rolled back). Their revision did not move, so a log entry for them would hide a
     * commit of another process from the count {@link ChangeLog#between} relies on.
     */
    void beforeCommit() {
        if (told.isEmpty()) {
            return;
        }
        var r = dsl.resultQuery("select txid_current(), current_setting('campaign_tracker.bumped', true)").fetchOne();
        txid = r.get(0, Long.class);
        String bumped = r.get(1, String.class); // the campaigns whose revision it bumped: ",1,5," (changeset 0025)
        for (long c : told.keySet()) {
            if (bumped == null || !bumped.contains("," + c + ",")) {
                unmoved.add(c);
            }
        }
    }
}
