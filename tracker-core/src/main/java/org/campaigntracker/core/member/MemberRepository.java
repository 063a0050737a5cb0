package org.campaigntracker.core.member;

import org.campaigntracker.core.seal.Sealer;
import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.MEMBER;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.db.jooq.tables.records.MemberRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Member rows. Every query is scoped to one campaign. */
public final class MemberRepository {

    /** The column name is the sealed value's associated data, as for every sealed column (see Sealer). */
    public static final String CONTACT = "member.contact";

    private final DSLContext dsl;
    private final Sealer sealer;

    /** Without the data key: contacts are neither read nor written (existence checks, names). */
    public MemberRepository(DSLContext dsl) {
        this(dsl, null);
    }

    public MemberRepository(DSLContext dsl, Sealer sealer) {
        this.dsl = dsl;
        this.sealer = sealer;
    }

    public Member insert(long campaignId, MemberDraft d) {
        return translated(() -> toMember(dsl.insertInto(MEMBER)
                .set(MEMBER.CAMPAIGN_ID, campaignId)
                .set(columns(d))
                .returning().fetchOne()));
    }

    public Member update(long campaignId, long id, int expectedVersion, MemberDraft d) {
        MemberRecord r = translated(() -> dsl.update(MEMBER)
                .set(columns(d))
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEMBER.ID.eq(id), MEMBER.CAMPAIGN_ID.eq(campaignId), MEMBER.VERSION.eq(expectedVersion))
                .returning().fetchOne());
        if (r == null) {
            throw missingOrStale(dsl, MEMBER.ID, id, expectedVersion, MEMBER.CAMPAIGN_ID.eq(campaignId));
        }
        return toMember(r);
    }

    /** Records the day the member left (or null: back again), as a change of the member's version. */
    public Member leave(long campaignId, long id, int expectedVersion, java.time.LocalDate on) {
        MemberRecord r = translated(() -> dsl.update(MEMBER)
                .set(MEMBER.LEFT_ON, on)
                .set(MEMBER.VERSION, MEMBER.VERSION.plus(1))
                .set(MEMBER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MEMBER.ID.eq(id), MEMBER.CAMPAIGN_ID.eq(campaignId), MEMBER.VERSION.eq(expectedVersion))
                .returning().fetchOne());
        if (r == null) {
            throw missingOrStale(dsl, MEMBER.ID, id, expectedVersion, MEMBER.CAMPAIGN_ID.eq(campaignId));
        }
        return toMember(r);
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(MEMBER)
                .where(MEMBER.ID.eq(id), MEMBER.CAMPAIGN_ID.eq(campaignId), MEMBER.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, MEMBER.ID, id, expectedVersion, MEMBER.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Member> member(long campaignId, long id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id), MEMBER.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(this::toMember);
    }

    /** Sorted by normalised name. */
    public List<Member> members(long campaignId) {
        return dsl.selectFrom(MEMBER).where(MEMBER.CAMPAIGN_ID.eq(campaignId))
                .orderBy(MEMBER.NAME_KEY, MEMBER.ID).fetch(this::toMember);
    }

    /** Those of the given ids that are members of the campaign. */
    public Set<Long> existing(long campaignId, Collection<Long> ids) {
        return dsl.select(MEMBER.ID).from(MEMBER).where(MEMBER.CAMPAIGN_ID.eq(campaignId), MEMBER.ID.in(ids))
                .fetchSet(MEMBER.ID);
    }

    private Map<Field<?>, Object> columns(MemberDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(MEMBER.DISPLAY_NAME, d.displayName());
        m.put(MEMBER.NAME_KEY, Names.key(d.displayName()));
        m.put(MEMBER.KIND, org.campaigntracker.db.jooq.enums.MemberKind.valueOf(d.kind().name()));
        m.put(MEMBER.ORGANISATION_ID, d.organisationId());
        m.put(MEMBER.NOTES, d.notes());
        m.put(MEMBER.LANGUAGE, d.language());
        if (sealer != null) {
            m.put(MEMBER.CONTACT, sealer.seal(CONTACT, d.contact()));
        }
        return m;
    }


    private Member toMember(MemberRecord r) {
        return new Member(r.getId(), r.getCampaignId(), r.getDisplayName(), MemberKind.valueOf(r.getKind().name()),
                r.getOrganisationId(), r.getNotes(), r.getLanguage(), r.getLeftOn(), r.getUpdatedAt(), r.getVersion(),
                sealer == null ? null : sealer.open(CONTACT, r.getContact()));
    }
}
