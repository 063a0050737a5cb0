package org.campaigntracker.core.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.campaigntracker.core.revision.RevisionWatch;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The unit of work of every use case (as Keywhiz's {@code DAOFactory.using}): a service runs its work through one of
 * these calls and builds its repositories from the {@link Tx} it is handed. A call made while a unit of work is open
 * on the same thread joins it, so a service that calls another service stays in one transaction, and a caller
 * (an import, the demo data) can make many use cases land together or not at all.
 * <p>
 * After the outermost commit, each campaign the work {@linkplain Tx#changed marked changed} is announced to the
 * {@link RevisionWatch} of this process and to every read model {@linkplain #onCommit registered}, before the call
 * returns: a write through core leaves core's caches right whatever front door made it. Other instances learn of it
 * from PostgreSQL (revision triggers, LISTEN/NOTIFY).
 */
public final class Transactions {

    private final DSLContext dsl;
    private final RevisionWatch watch;
    private final List<LongConsumer> readModels = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Tx> open = new ThreadLocal<>();

    public Transactions(DSLContext dsl, RevisionWatch watch) {
        this.dsl = dsl;
        this.watch = watch;
    }

    /** Reads: inside the open unit of work if there is one (it must see its own writes), else on autocommit. */
    public <T> T read(Function<Tx, T> work) {
        return alone(work);
    }

    /**
     * One write statement, atomic on its own: joins the open unit of work, else runs on autocommit (no BEGIN and
     * COMMIT round trips). The work marks what it changed on its {@link Tx}.
     */
    public <T> T statement(Function<Tx, T> work) {
        return alone(work);
    }

    /** A transaction (a savepoint inside an open one): everything the work writes lands, or nothing does. */
    public <T> T transaction(Function<Tx, T> work) {
        Tx outer = open.get();
        if (outer != null) {
            return outer.dsl().transactionResult(c -> work.apply(new Tx(DSL.using(c), outer.changedCampaigns())));
        }
        Set<Long> changed = new LinkedHashSet<>();
        T result = dsl.transactionResult(c -> {
            open.set(new Tx(DSL.using(c), changed));
            try {
                return work.apply(open.get());
            } finally {
                open.remove();
            }
        });
        announce(changed);
        return result;
    }

    /** A transaction that changes one campaign: see {@link #transaction}. */
    public <T> T write(long campaignId, Function<Tx, T> work) {
        return transaction(tx -> {
            T result = work.apply(tx);
            tx.changed(campaignId);
            return result;
        });
    }

    /** As {@link #write(long, Function)}, for work that returns nothing. */
    public void writeVoid(long campaignId, Consumer<Tx> work) {
        write(campaignId, tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** True while a unit of work is open on this thread: caches must not answer for it (it reads its own writes). */
    public boolean inTransaction() {
        return open.get() != null;
    }

    /** Tells whether cached values of a campaign are still current (see {@link CampaignCache}). */
    public RevisionWatch watch() {
        return watch;
    }

    /** Registers a read model, told of each campaign changed by this process, after the commit and in order. */
    public void onCommit(LongConsumer readModel) {
        readModels.add(readModel);
    }

    private <T> T alone(Function<Tx, T> work) {
        Tx outer = open.get();
        if (outer != null) {
            return work.apply(outer);
        }
        Set<Long> changed = new LinkedHashSet<>();
        T result = work.apply(new Tx(dsl, changed));
        announce(changed);
        return result;
    }

    private void announce(Set<Long> campaigns) {
        for (long campaignId : campaigns) {
            watch.changed(campaignId);
            for (LongConsumer readModel : readModels) {
                readModel.accept(campaignId);
            }
        }
    }
}
