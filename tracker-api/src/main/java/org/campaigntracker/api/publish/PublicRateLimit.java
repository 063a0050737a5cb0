package org.campaigntracker.api.publish;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * At most {@code perMinute} public answers per client address and minute (a fixed window): the public page needs
 * no token, so this is what keeps one address from loading the database through it. Windows of past minutes are
 * dropped as they are found, and all at once if the table grows past a bound.
 */
final class PublicRateLimit {

    private static final int MAX_ADDRESSES = 50_000;

    private final int perMinute;
    private final LongSupplier millis;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, int count) {
    }

    PublicRateLimit(int perMinute, LongSupplier millis) {
        this.perMinute = perMinute;
        this.millis = millis;
    }

    /** Counts a request; the seconds to wait when the address is over its allowance, else 0. */
    long retryAfter(String address) {
        long now = millis.getAsLong();
        long minute = now / 60_000;
        if (windows.size() > MAX_ADDRESSES) {
            windows.clear();
        }
        Window w = windows.compute(address, (a, old) -> old == null || old.minute() != minute
                ? new Window(minute, 1) : new Window(minute, old.count() + 1));
        return w.count() <= perMinute ? 0 : Math.max(1, ((minute + 1) * 60_000 - now + 999) / 1000);
    }
}
