package org.campaigntracker.core.access;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.db.jooq.Tables.API_TOKEN;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN;
import static org.campaigntracker.db.jooq.Tables.MEMBER;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.campaigntracker.db.jooq.enums.TokenRole;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Token rows; secrets never pass through here, only their hashes. */
public final class TokenRepository {

    private final DSLContext dsl;

    public TokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long campaignId, Role role, String label, String lookup, byte[] secretHash, OffsetDateTime createdAt,
                OffsetDateTime expiresAt, TokenOwner owner) {
        return translated(() -> dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.CAMPAIGN_ID, campaignId)
                .set(API_TOKEN.MEMBER_ID, owner.memberId())
                .set(API_TOKEN.ORGANISATION_ID, owner.organisationId())
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
        return select().where(API_TOKEN.LOOKUP.eq(lookup))
                .fetchOptional(r -> new StoredToken(toDomain(r), r.get(API_TOKEN.SECRET_HASH)));
    }

    boolean revoke(long id, OffsetDateTime at) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.ID.eq(id), API_TOKEN.REVOKED_AT.isNull()).execute() == 1;
    }

    /** Revokes every active token a member holds in the campaign; how many. */
    public int revokeHeldBy(long campaignId, long memberId, OffsetDateTime at) {
        return dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.CAMPAIGN_ID.eq(campaignId), API_TOKEN.MEMBER_ID.eq(memberId),
                        API_TOKEN.REVOKED_AT.isNull()).execute();
    }

    /** Ends a token's life at {@code at} unless it ends sooner. */
    void expire(long id, OffsetDateTime at) {
        dsl.update(API_TOKEN).set(API_TOKEN.EXPIRES_AT, at)
                .where(API_TOKEN.ID.eq(id), API_TOKEN.EXPIRES_AT.isNull().or(API_TOKEN.EXPIRES_AT.gt(at))).execute();
    }

    /** Records a use, at most one write per token in {@code every}. */
    void used(long id, OffsetDateTime at, java.time.Duration every) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, at)
                .where(API_TOKEN.ID.eq(id), API_TOKEN.LAST_USED_AT.isNull()
                        .or(API_TOKEN.LAST_USED_AT.lt(at.minus(every)))).execute();
    }

    /** The name of an active member of the campaign; empty when there is none or they left. */
    Optional<String> activeMember(long campaignId, long memberId) {
        return dsl.select(MEMBER.DISPLAY_NAME).from(MEMBER)
                .where(MEMBER.ID.eq(memberId), MEMBER.CAMPAIGN_ID.eq(campaignId), MEMBER.LEFT_ON.isNull())
                .fetchOptional(MEMBER.DISPLAY_NAME);
    }

    /** The name of the campaign's organisation with this id on its map; empty when there is none. */
    Optional<String> organisation(long campaignId, long stakeholderId) {
        return dsl.select(STAKEHOLDER.NAME).from(STAKEHOLDER).where(STAKEHOLDER.ID.eq(stakeholderId),
                STAKEHOLDER.CAMPAIGN_ID.eq(campaignId),
                STAKEHOLDER.KIND.eq(org.campaigntracker.db.jooq.enums.StakeholderKind.organisation))
                .fetchOptional(STAKEHOLDER.NAME);
    }

    record StoredToken(ApiToken token, byte[] secretHash) {
    }

    private static final Field<String> OWNER = DSL.coalesce(MEMBER.DISPLAY_NAME, STAKEHOLDER.NAME).as("owner");

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(API_TOKEN.fields()).select(CAMPAIGN.SLUG, OWNER).from(API_TOKEN).join(CAMPAIGN)
                .on(CAMPAIGN.ID.eq(API_TOKEN.CAMPAIGN_ID))
                .leftJoin(MEMBER).on(MEMBER.ID.eq(API_TOKEN.MEMBER_ID))
                .leftJoin(STAKEHOLDER).on(STAKEHOLDER.ID.eq(API_TOKEN.ORGANISATION_ID));
    }

    private static ApiToken toDomain(Record r) {
        return new ApiToken(r.get(API_TOKEN.ID), r.get(API_TOKEN.CAMPAIGN_ID), r.get(CAMPAIGN.SLUG),
                Role.valueOf(r.get(API_TOKEN.ROLE).name().toUpperCase(Locale.ROOT)), r.get(API_TOKEN.LABEL),
                r.get(API_TOKEN.LOOKUP), r.get(API_TOKEN.CREATED_AT), r.get(API_TOKEN.EXPIRES_AT),
                r.get(API_TOKEN.REVOKED_AT), r.get(API_TOKEN.MEMBER_ID), r.get(API_TOKEN.ORGANISATION_ID),
                r.get(OWNER), r.get(API_TOKEN.LAST_USED_AT));
    }
}
