package org.campaigntracker.core.store;

import java.util.Set;
import org.jooq.DSLContext;

/**
 * One unit of work in progress: the jOOQ context bound to its transaction (or to autocommit, for a lone read or
 * statement), from which the use case builds its repositories, and the campaigns it changed.
 */
public final class Tx {

    private final DSLContext dsl;
    private final Set<Long> changed;

    Tx(DSLContext dsl, Set<Long> changed) {
        this.dsl = dsl;
        this.changed = changed;
    }

    /** Bound to this unit of work: build repositories from it, never keep it past the work. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Marks the campaign changed: once the work is committed, this instance's read models of it are brought up to
     * date before the call that wrote returns (other instances hear it from PostgreSQL).
     */
    public void changed(long campaignId) {
        changed.add(campaignId);
    }

    Set<Long> changedCampaigns() {
        return changed;
    }
}
