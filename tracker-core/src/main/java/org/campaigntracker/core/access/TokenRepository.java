package org.campaigntracker.core.access;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.db.jooq.Tables.API_TOKEN;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.campaigntracker.db.jooq.enums.TokenRole;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Token rows; secrets never pass through here, only their hashes. */
public final class TokenRepository {

    private final DSLContext dsl;

    public TokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long campaignId, Role role, String label, String lookup, byte[] secretHash, OffsetDateTime createdAt,
                OffsetDateTime expiresAt) {
        return translated(() -> dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.CAMPAIGN_ID, campaignId)
                .set(API_TOKEN.ROLE, TokenRole.valueOf(role.name().toLowerCase(Locale.ROOT)))
                .set(API_TOKEN.LABEL, label)
                .set(API_TOKEN.LOOKUP, lookup)
                .set(API_TOKEN.SECRET_HASH, secretHash)
                .set(API_TOKEN.CREATED_AT, createdAt)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .returning(API_TOKEN.ID).fetchOne(API_TOKEN.ID));
    }

    Optional<ApiToken> find(long id) {
        return select().where(API_TOKEN.ID.eq(id)).fetchOptional(TokenRepository::toDomain);
    }

    List<ApiToken> list(Long campaignId) {
        var query = select();
        return (campaignId == null ? query : query.where(API_TOKEN.CAMPAIGN_ID.eq(campaignId)))
                .orderBy(API_TOKEN.ID).fetch(TokenRepository::toDomain);
    }

    /** The token with this lookup and its stored hash, for authentication. */
    Optional<StoredToken> byLookup(String lookup) {
        return dsl.select(API_TOKEN.fields()).select(CAMPAIGN.SLUG).from(API_TOKEN).join(CAMPAIGN)
                .on(CAMPAIGN.ID.eq(API_TOKEN.CAMPAIGN_ID))
                .where(API_TOKEN.LOOKUP.eq(lookup))
                .fetchOptional(r -> new StoredToken(toDomain(r), r.get(API_TOKEN.SECRET_HASH)));
    }

    boolean revoke(long id, OffsetDateTime at) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.ID.eq(id), API_TOKEN.REVOKED_AT.isNull()).execute() == 1;
    }

    record StoredToken(ApiToken token, byte[] secretHash) {
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(API_TOKEN.fields()).select(CAMPAIGN.SLUG).from(API_TOKEN).join(CAMPAIGN)
                .on(CAMPAIGN.ID.eq(API_TOKEN.CAMPAIGN_ID));
    }

    private static ApiToken toDomain(Record r) {
        return new ApiToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.CAMPAIGN_ID), r.get(CAMPAIGN.SLUG),
                Role.valueOf(r.get(API_TOKEN.ROLE).name().toUpperCase(Locale.ROOT)), r.get(API_TOKEN.LABEL),
                r.get(API_TOKEN.LOOKUP), r.get(API_TOKEN.CREATED_AT), r.get(API_TOKEN.EXPIRES_AT),
                r.get(API_TOKEN.REVOKED_AT));
    }
}
