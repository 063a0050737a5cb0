package org.campaigntracker.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.campaigntracker.core.access.Caller;

/**
 * Tokens that authenticated a moment ago, so a partner polling many times a second costs one database check per
 * token every {@code ttl} instead of one per request. The price: a revoked or expired token keeps working for at
 * most {@code ttl} on each server. Only successes are remembered, and only under a hash of the token.
 */
final class RecentTokens {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long validUntilMillis) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Function<String, Optional<Caller>> authenticate;
    private final Clock clock;
    private final long ttlMillis;

    RecentTokens(Function<String, Optional<Caller>> authenticate, Clock clock, Duration ttl) {
        this.authenticate = authenticate;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    Optional<Caller> authenticate(String token) {
        String key = digest(token);
        long now = clock.millis();
        Entry entry = entries.get(key);
        if (entry != null && entry.validUntilMillis() > now) {
            return Optional.of(entry.caller());
        }
        Optional<Caller> caller = authenticate.apply(token);
        if (caller.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(caller.get(), now + ttlMillis));
        } else {
            entries.remove(key);
        }
        return caller;
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
