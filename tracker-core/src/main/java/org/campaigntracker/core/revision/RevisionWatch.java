package org.campaigntracker.core.revision;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Counts, per campaign, the changes PostgreSQL announced on the {@value #CHANNEL} channel (and, apart, those of API
 * tokens on {@value #TOKEN_CHANNEL}). A read model computed after taking a {@link Stamp} is still current while
 * {@link #current} says so; when the watch cannot vouch (not yet listening, connection lost, reconnecting) every
 * stamp is refused, so callers fall back to asking the database.
 * Notifications lost while disconnected cannot matter: each (re)connection starts a new generation, which
 * invalidates every stamp taken before it.
 */
public final class RevisionWatch implements AutoCloseable {

    /** The channel the revision triggers notify, with the campaign id as payload. */
    public static final String CHANNEL = "campaign_revision";
    /** The channel a token's revocation, change or deletion notifies (changeset 0026). */
    public static final String TOKEN_CHANNEL = "api_token";
    private static final int POLL_MILLIS = 1_000;
    private static final long MAX_BACKOFF_MILLIS = 2_000;

    /** What a cached value was computed from: the watch's generation and the campaign's change count. */
    public record Stamp(long generation, long changes) {
    }

    private final Supplier<Connection> connections;
    private final ConcurrentMap<Long, AtomicLong> changes = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong tokenChanges = new AtomicLong();
    private Thread thread;
    private volatile boolean live;
    private volatile boolean closed;
    private volatile Connection connection;

    private RevisionWatch(Supplier<Connection> connections) {
        this.connections = connections;
    }

    /** Starts listening in the background on a connection of its own (not one of a pool's). */
    public static RevisionWatch start(Supplier<Connection> connections) {
        RevisionWatch watch = new RevisionWatch(connections);
        watch.thread = new Thread(watch::run, "revision-watch");
        watch.thread.setDaemon(true);
        watch.thread.start();
        return watch;
    }

    /**
     * A watch that never vouches: every reader asks the database (a command-line call, a test over a data source).
     * No thread, so a command pays nothing for it.
     */
    public static RevisionWatch none() {
        return new RevisionWatch(() -> {
            throw new IllegalStateException("not watching");
        });
    }

    /** Take it BEFORE reading what the stamp will vouch for; null when the watch cannot vouch right now. */
    public Stamp stamp(long campaignId) {
        long g = generation.get();
        if (!live) {
            return null;
        }
        return new Stamp(g, counter(campaignId).get());
    }

    /** Whether nothing changed in the campaign since the stamp was taken, as far as the watch can vouch. */
    public boolean current(long campaignId, Stamp stamp) {
        return stamp != null && live && stamp.generation() == generation.get()
                && stamp.changes() == counter(campaignId).get();
    }

    /** As {@link #stamp(long)}, for what was read about API tokens; null when the watch cannot vouch right now. */
    public Stamp tokenStamp() {
        long g = generation.get();
        return live ? new Stamp(g, tokenChanges.get()) : null;
    }

    /** Whether no token was revoked, changed or deleted since the stamp was taken, as far as the watch can vouch. */
    public boolean tokensCurrent(Stamp stamp) {
        return stamp != null && live && stamp.generation() == generation.get()
                && stamp.changes() == tokenChanges.get();
    }

    /** This process just committed a change: readers must not wait for the notification to come back. */
    public void changed(long campaignId) {
        counter(campaignId).incrementAndGet();
    }

    /** This process just revoked or changed a token: caches of checked tokens must not wait for the notification. */
    public void tokensChanged() {
        tokenChanges.incrementAndGet();
    }

    public boolean live() {
        return live;
    }

    private AtomicLong counter(long campaignId) {
        return changes.computeIfAbsent(campaignId, id -> new AtomicLong());
    }

    private void run() {
        long backoff = 100;
        while (!closed) {
            try (Connection c = connections.get(); Statement st = c.createStatement()) {
                connection = c;
                st.execute("listen " + TOKEN_CHANNEL);
                st.execute("listen " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                generation.incrementAndGet();
                live = true;
                backoff = 100;
                while (!closed) {
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null) {
                        for (PGNotification n : received) {
                            count(n.getName(), n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                // The database is down or restarting: readers fall back to asking it until we listen again.
            } finally {
                live = false;
                generation.incrementAndGet();
                connection = null;
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
        }
    }

    private void count(String channel, String payload) {
        if (TOKEN_CHANNEL.equals(channel)) {
            tokenChanges.incrementAndGet();
            return;
        }
        try {
            changed(Long.parseLong(payload));
        } catch (NumberFormatException e) {
            generation.incrementAndGet(); // not ours to understand: treat it as "anything may have changed"
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        live = false;
        generation.incrementAndGet();
        if (thread != null) {
            thread.interrupt();
        }
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
