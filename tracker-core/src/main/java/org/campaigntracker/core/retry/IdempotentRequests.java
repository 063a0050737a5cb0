package org.campaigntracker.core.retry;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.store.Transactions;

/**
 * Runs a write at most once per token and idempotency key within {@link #KEPT}. The key is claimed in the same
 * transaction as the write, and the answer kept in it too: either both land or neither does, so a retry after any
 * failure (a lost answer, a crash, a timeout) either finds the first answer or runs the write for the first time.
 * The same key with another request is refused (422), as the client would otherwise get an answer to something it
 * did not send.
 */
public final class IdempotentRequests {

    public static final Duration KEPT = Duration.ofHours(24);
    public static final String FIELD = "Idempotency-Key";
    /** 1 to 255 visible ASCII characters: a UUID, or any key a client library makes. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final Transactions transactions;
    private final Sealer sealer;
    private final Clock clock;

    public IdempotentRequests(Transactions transactions, Sealer sealer, Clock clock) {
        this.transactions = transactions;
        this.sealer = sealer;
        this.clock = clock;
    }

    /** Whether a key is well formed; a malformed key is refused before anything runs. */
    public static void checkKey(String key) {
        Check.of().matches(FIELD, key, KEY, "3f2b8c1e-5a7d-4e0b-9c61-2d8f0a4b7e93").orThrow();
    }

    /**
     * The answer to this request: the kept answer of an earlier one with the same token, key and fingerprint
     * ({@link StoredAnswer#replayed()}), or the answer {@code write} gives, run now inside the transaction that
     * claims the key. Only successful answers are kept: a refused or failed request can be sent again with its key.
     */
    public StoredAnswer once(long tokenId, String key, byte[] fingerprint, Supplier<StoredAnswer> write) {
        checkKey(key);
        return transactions.transaction(tx -> {
            IdempotentRequestRepository repo = new IdempotentRequestRepository(tx.dsl(), sealer);
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime expiredBefore = now.minus(KEPT);
            repo.purge(expiredBefore);
            Optional<IdempotentRequestRepository.Earlier> earlier =
                    repo.claim(tokenId, key, fingerprint, now, expiredBefore);
            if (earlier.isPresent()) {
                Check.of().that(earlier.get().sameRequest(fingerprint), FIELD, "idempotency_key_reused").orThrow();
                return earlier.get().answer();
            }
            StoredAnswer answer = write.get();
            if (answer.kept()) {
                repo.keep(tokenId, key, answer);
            } else {
                repo.release(tokenId, key);
            }
            return answer;
        });
    }

    /** Drops the kept answers of a campaign's tokens: used when a person is forgotten. */
    public int forgetCampaign(long campaignId) {
        return transactions.transaction(tx -> new IdempotentRequestRepository(tx.dsl(), sealer)
                .forgetCampaign(campaignId));
    }
}
