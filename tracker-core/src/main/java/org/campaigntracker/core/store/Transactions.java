package org.campaigntracker.core.store;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
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
 * <p>
 * A use case that tells what it changed ({@link Tx#changed(long, Change)}) lets read models apply just that: the
 * commit goes into the {@link ChangeLog} with its database transaction id, read before committing (one more round
 * trip, only for such transactions).
 */
public final class Transactions implements UnitOfWork {

    /** How long a read model waits for a commit in its snapshot to be logged before recomputing instead. */
    private static final long AWAIT_LOGGED_NANOS = 5_000_000;

    private final DSLContext dsl;
    private final RevisionWatch watch;
    private final List<LongConsumer> readModels = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Tx> open = new ThreadLocal<>();
    private final ChangeLog log = new ChangeLog();
    // The units of work that may be writing (outermost statements and transactions), until they have announced.
    private final AtomicLong tickets = new AtomicLong();
    private final ConcurrentSkipListSet<Long> writes = new ConcurrentSkipListSet<>();

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
        if (open.get() != null) {
            return alone(work);
        }
        long ticket = writing();
        try {
            return alone(work);
        } finally {
            writes.remove(ticket);
        }
    }

    /** A transaction (a savepoint inside an open one): everything the work writes lands, or nothing does. */
    /** The writes in one transaction: they join it on this thread, and all commit or none. */
    @Override
    public <T> T together(java.util.function.Supplier<T> writes) {
        return transaction(tx -> writes.get());
    }

    public <T> T transaction(Function<Tx, T> work) {
        Tx outer = open.get();
        if (outer != null) {
            return outer.dsl().transactionResult(c -> {
                Tx inner = new Tx(DSL.using(c));
                T result = work.apply(inner);
                outer.absorb(inner);
                return result;
            });
        }
        long ticket = writing();
        try {
            return outermost(work);
        } finally {
            writes.remove(ticket);
        }
    }

    private <T> T outermost(Function<Tx, T> work) {
        Tx[] done = new Tx[1];
        T result = dsl.transactionResult(c -> {
            Tx tx = new Tx(DSL.using(c));
            open.set(tx);
            try {
                T r = work.apply(tx);
                tx.beforeCommit();
                done[0] = tx;
                return r;
            } finally {
                open.remove();
            }
        });
        announce(done[0]);
        return result;
    }

    /**
     * Reads in one repeatable-read, read-only snapshot, so that what a read model computes comes from one state of
     * the database; inside an open unit of work, in it (it must see its own writes).
     */
    public <T> T snapshot(Function<Tx, T> work) {
        if (open.get() != null) {
            return work.apply(open.get());
        }
        return dsl.transactionResult(c -> {
            Tx tx = new Tx(DSL.using(c));
            tx.dsl().execute("set transaction isolation level repeatable read read only");
            open.set(tx);
            try {
                return work.apply(tx);
            } finally {
                open.remove();
            }
        });
    }

    /** A transaction that changes one campaign: see {@link #transaction}. */
    public <T> T write(long campaignId, Function<Tx, T> work) {
        return transaction(tx -> {
            T result = work.apply(tx);
            tx.changed(campaignId);
            return result;
        });
    }

    /**
     * A transaction that changes one campaign and tells what ({@link Change}): {@code told} names the record the
     * result shows was written, so read models apply the change instead of recomputing the campaign.
     */
    public <T> T write(long campaignId, Function<Tx, T> work, Function<T, Change> told) {
        return transaction(tx -> {
            T result = work.apply(tx);
            tx.changed(campaignId, told.apply(result));
            return result;
        });
    }

    /** As {@link #write(long, Function, Function)}, for work that returns nothing and writes the record told. */
    public void writeVoid(long campaignId, Change told, Consumer<Tx> work) {
        transaction(tx -> {
            work.accept(tx);
            tx.changed(campaignId, told);
            return null;
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

    /** What this process committed lately, for read models that apply changes instead of recomputing. */
    public ChangeLog changes() {
        return log;
    }

    /**
     * {@link ChangeLog#between}, waiting (a few milliseconds at most) for it to tell when it cannot yet: a snapshot
     * often holds a commit whose thread has not logged it yet, and a read model that took its snapshot then would
     * otherwise recompute for nothing.
     */
    public Set<Change> changesBetween(long campaignId, ChangeLog.Mark from, ChangeLog.Mark to) {
        Set<Change> changes = log.between(campaignId, from, to);
        if (changes == null && awaitLogged(() -> log.between(campaignId, from, to) != null)) {
            changes = log.between(campaignId, from, to);
        }
        return changes;
    }

    /**
     * Waits until {@code logged} holds, as long as some unit of work that was writing when called is still committing
     * or announcing itself (a few milliseconds at most); returns whether it holds. When nothing of this process was
     * writing, the commit the caller misses is another process's: it returns at once.
     */
    boolean awaitLogged(BooleanSupplier logged) {
        long last = tickets.get();
        long deadline = System.nanoTime() + AWAIT_LOGGED_NANOS;
        while (!logged.getAsBoolean()) {
            Long first = writes.ceiling(0L);
            if (first == null || first > last || System.nanoTime() > deadline) {
                return logged.getAsBoolean();
            }
            LockSupport.parkNanos(20_000);
        }
        return true;
    }

    private long writing() {
        long ticket = tickets.incrementAndGet();
        writes.add(ticket);
        return ticket;
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
        Tx tx = new Tx(dsl);
        T result = work.apply(tx);
        announce(tx);
        return result;
    }

    private void announce(Tx tx) {
        for (long campaignId : tx.changedCampaigns()) {
            if (!tx.unmoved(campaignId)) {
                Set<Change> told = tx.told(campaignId);
                log.append(campaignId, tx.txid(), tx.txid() < 0 ? null : told);
            }
            watch.changed(campaignId);
            for (LongConsumer readModel : readModels) {
                readModel.accept(campaignId);
            }
        }
    }
}
