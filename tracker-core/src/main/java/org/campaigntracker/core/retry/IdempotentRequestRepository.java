package org.campaigntracker.core.retry;

import static org.campaigntracker.db.jooq.Tables.API_TOKEN;
import static org.campaigntracker.db.jooq.Tables.IDEMPOTENT_REQUEST;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import org.campaigntracker.core.seal.Sealer;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Rows of {@code idempotent_request}; answers are sealed, as they may repeat personal data the request wrote. */
final class IdempotentRequestRepository {

    private static final String ANSWER = "idempotent_request.answer";
    private static final int PURGED_PER_CLAIM = 100;

    private final DSLContext dsl;
    private final Sealer sealer;

    IdempotentRequestRepository(DSLContext dsl, Sealer sealer) {
        this.dsl = dsl;
        this.sealer = sealer;
    }

    /** What an earlier request under the same key left: its fingerprint and answer. */
    record Earlier(byte[] fingerprint, StoredAnswer answer) {
        boolean sameRequest(byte[] other) {
            return Arrays.equals(fingerprint, other);
        }
    }

    /**
     * Takes the key for this request, or returns what the earlier request under it left. A row older than
     * {@code expiredBefore} counts as absent and is taken over. A concurrent request with the same key waits here on
     * the unique key until the other transaction ends, then sees its answer (or takes the key if it rolled back).
     */
    Optional<Earlier> claim(long tokenId, String key, byte[] fingerprint, OffsetDateTime now,
                            OffsetDateTime expiredBefore) {
        int taken = dsl.insertInto(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.TOKEN_ID, tokenId)
                .set(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENT_REQUEST.FINGERPRINT, fingerprint)
                .set(IDEMPOTENT_REQUEST.CREATED_AT, now)
                .onConflict(IDEMPOTENT_REQUEST.TOKEN_ID, IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY)
                .doUpdate()
                .set(IDEMPOTENT_REQUEST.FINGERPRINT, fingerprint)
                .set(IDEMPOTENT_REQUEST.CREATED_AT, now)
                .setNull(IDEMPOTENT_REQUEST.STATUS)
                .setNull(IDEMPOTENT_REQUEST.ANSWER)
                .where(IDEMPOTENT_REQUEST.CREATED_AT.lt(expiredBefore))
                .execute();
        if (taken == 1) {
            return Optional.empty();
        }
        return dsl.select(IDEMPOTENT_REQUEST.FINGERPRINT, IDEMPOTENT_REQUEST.STATUS, IDEMPOTENT_REQUEST.ANSWER)
                .from(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.TOKEN_ID.eq(tokenId), IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .fetchOptional(r -> new Earlier(r.value1(), new StoredAnswer(r.value2(),
                        sealer.open(ANSWER, r.value3()), true)));
    }

    void keep(long tokenId, String key, StoredAnswer answer) {
        dsl.update(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.STATUS, (short) answer.status())
                .set(IDEMPOTENT_REQUEST.ANSWER, sealer.seal(ANSWER, answer.text()))
                .where(IDEMPOTENT_REQUEST.TOKEN_ID.eq(tokenId), IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    void release(long tokenId, String key) {
        dsl.deleteFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.TOKEN_ID.eq(tokenId), IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key))
                .execute();
    }

    /** Drops a bounded batch of expired rows, so the table holds about one day of requests without a sweeper. */
    void purge(OffsetDateTime expiredBefore) {
        dsl.deleteFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.ID.in(DSL.select(IDEMPOTENT_REQUEST.ID).from(IDEMPOTENT_REQUEST)
                        .where(IDEMPOTENT_REQUEST.CREATED_AT.lt(expiredBefore)).limit(PURGED_PER_CLAIM)))
                .execute();
    }

    /** Forgets every kept answer of a campaign's tokens (an erasure must not survive in a retry's answer). */
    int forgetCampaign(long campaignId) {
        return dsl.deleteFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.TOKEN_ID.in(DSL.select(API_TOKEN.ID).from(API_TOKEN)
                        .where(API_TOKEN.CAMPAIGN_ID.eq(campaignId))))
                .execute();
    }
}
