package org.campaigntracker.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.db.testing.MovableClock;
import org.junit.jupiter.api.Test;

class RecentTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2023-01-17T09:00:00Z"));
    private final ApiToken partner = token(null);
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();
    // A watch that is not listening: the case where only the interval bounds how long a revocation goes unseen.
    // While a server listens, revocations end the trust at once (ConcurrencyAndInstancesTest).
    private final RecentTokens tokens = tokens(partner, Duration.ofSeconds(2));

    @Test
    void withoutListeningATokenIsCheckedInTheDatabaseOncePerIntervalAndRevocationTakesHoldAfterIt() {
        assertThat(tokens.authenticate("good")).contains(partner);
        assertThat(tokens.authenticate("good")).contains(partner);
        assertThat(lookups).hasValue(1);

        revoked.set(true);
        clock.advance(Duration.ofMillis(1_999));
        assertThat(tokens.authenticate("good")).contains(partner);
        clock.advance(Duration.ofMillis(2));
        assertThat(tokens.authenticate("good")).isEmpty();
        assertThat(tokens.authenticate("good")).isEmpty();
        assertThat(lookups).hasValue(3);
    }

    @Test
    void failuresAreNeverRemembered() {
        assertThat(tokens.authenticate("bad")).isEmpty();
        assertThat(tokens.authenticate("bad")).isEmpty();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aTokenIsNeverTrustedFromMemoryPastItsExpiry() {
        ApiToken expiring = token(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).plusSeconds(1));
        RecentTokens cache = tokens(expiring, Duration.ofSeconds(60));
        assertThat(cache.authenticate("good")).contains(expiring);
        assertThat(cache.authenticate("good")).contains(expiring);
        assertThat(lookups).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        cache.authenticate("good");
        assertThat(lookups).as("an expired token is checked in the database again").hasValue(2);
    }

    @Test
    void aZeroIntervalChecksEveryRequest() {
        RecentTokens uncached = tokens(partner, Duration.ZERO);
        uncached.authenticate("good");
        uncached.authenticate("good");
        assertThat(lookups).hasValue(2);
    }

    private RecentTokens tokens(ApiToken token, Duration ttl) {
        return new RecentTokens(t -> {
            lookups.incrementAndGet();
            return revoked.get() || !t.equals("good") ? Optional.empty() : Optional.of(token);
        }, RevisionWatch.none(), clock, ttl);
    }

    private ApiToken token(OffsetDateTime expiresAt) {
        OffsetDateTime created = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return new ApiToken(1, 7, "caf", Role.PARTNER, "Tableau de bord", "B00000000001", created, expiresAt, null);
    }
}
