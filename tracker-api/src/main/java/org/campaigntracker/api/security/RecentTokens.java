package org.campaigntracker.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.revision.RevisionWatch;

/**
 * Tokens that authenticated, so a caller sending many requests costs one database check, not one per request.
 * While the {@link RevisionWatch} listens, a token stays trusted until PostgreSQL announces that a token was revoked,
 * changed or deleted (by any server or command), or until it expires; when the watch cannot vouch (its connection
 * lost), a token is trusted for at most {@code ttl} after its check, which bounds how long a revocation can go
 * unseen. Only successes are remembered, and only under a hash of the token.
 */
final class RecentTokens {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(ApiToken token, RevisionWatch.Stamp stamp, long checkedAtMillis) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Function<String, Optional<ApiToken>> verify;
    private final RevisionWatch watch;
    private final Clock clock;
    private final long ttlMillis;

    /** With {@code ttl} zero nothing is remembered: every request checks its token in the database. */
    RecentTokens(Function<String, Optional<ApiToken>> verify, RevisionWatch watch, Clock clock, Duration ttl) {
        this.verify = verify;
        this.watch = watch;
        this.clock = clock;
        this.ttlMillis = ttl.toMillis();
    }

    Optional<ApiToken> authenticate(String presented) {
        if (ttlMillis == 0) {
            return verify.apply(presented);
        }
        String key = digest(presented);
        long now = clock.millis();
        Entry entry = entries.get(key);
        if (entry != null && trusted(entry, now)) {
            return Optional.of(entry.token());
        }
        RevisionWatch.Stamp stamp = watch.tokenStamp(); // before reading: a revocation after it must show
        Optional<ApiToken> token = verify.apply(presented);
        if (token.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(token.get(), stamp, now));
        } else {
            entries.remove(key);
        }
        return token;
    }

    private boolean trusted(Entry entry, long now) {
        OffsetDateTime expires = entry.token().expiresAt();
        if (expires != null && expires.toInstant().toEpochMilli() <= now) {
            return false;
        }
        // Checked while listening: trusted exactly as long as the watch vouches. Checked while not: for the interval.
        return entry.stamp() != null ? watch.tokensCurrent(entry.stamp()) : now - entry.checkedAtMillis() < ttlMillis;
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
