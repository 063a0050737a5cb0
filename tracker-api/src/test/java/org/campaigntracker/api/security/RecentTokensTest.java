package org.campaigntracker.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.campaigntracker.core.access.Caller;
import org.campaigntracker.core.access.Role;
import org.junit.jupiter.api.Test;

class RecentTokensTest {

    private final Caller partner = new Caller(1, 7, "caf", Role.PARTNER);
    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicBoolean revoked = new AtomicBoolean();
    private final MovingClock clock = new MovingClock();
    private final RecentTokens tokens = new RecentTokens(t -> {
        lookups.incrementAndGet();
        return revoked.get() || !t.equals("good") ? Optional.empty() : Optional.of(partner);
    }, clock, Duration.ofSeconds(2));

    @Test
    void aTokenIsCheckedInTheDatabaseOncePerIntervalAndRevocationTakesHoldAfterIt() {
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

    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2023-01-17T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
