package org.campaigntracker.core.stakeholder;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.CONTACT_POINT;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.db.jooq.tables.records.ContactPointRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Contact point rows. The table has no campaign column, so every query reaches the campaign through the
 * stakeholder the contact point belongs to. Values are sealed with the data key ({@link Sealer}): the database
 * never holds an email address or a phone number in clear, so nothing may search them in SQL.
 */
public final class ContactPointRepository {

    static final String VALUE = "contact_point.value";

    private final DSLContext dsl;
    private final Sealer sealer;

    public ContactPointRepository(DSLContext dsl, Sealer sealer) {
        this.dsl = dsl;
        this.sealer = sealer;
    }

    public ContactPoint insert(long stakeholderId, ContactPointDraft d) {
        return translated(() -> toContactPoint(dsl.insertInto(CONTACT_POINT)
                .set(CONTACT_POINT.STAKEHOLDER_ID, stakeholderId)
                .set(columns(d))
                .returning().fetchOne()));
    }

    public ContactPoint update(long campaignId, long id, int expectedVersion, ContactPointDraft d) {
        ContactPointRecord r = translated(() -> dsl.update(CONTACT_POINT)
                .set(columns(d))
                .set(CONTACT_POINT.VERSION, CONTACT_POINT.VERSION.plus(1))
                .set(CONTACT_POINT.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CONTACT_POINT.ID.eq(id), inCampaign(campaignId), CONTACT_POINT.VERSION.eq(expectedVersion))
                .returning().fetchOne());
        if (r == null) {
            throw missingOrStale(dsl, CONTACT_POINT.ID, id, expectedVersion, inCampaign(campaignId));
        }
        return toContactPoint(r);
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(CONTACT_POINT)
                .where(CONTACT_POINT.ID.eq(id), inCampaign(campaignId), CONTACT_POINT.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, CONTACT_POINT.ID, id, expectedVersion, inCampaign(campaignId));
        }
    }

    public Optional<ContactPoint> contactPoint(long campaignId, long id) {
        return dsl.selectFrom(CONTACT_POINT).where(CONTACT_POINT.ID.eq(id), inCampaign(campaignId))
                .fetchOptional().map(this::toContactPoint);
    }

    /** Grouped by kind, the primary one first. */
    public List<ContactPoint> contactPoints(long campaignId, long stakeholderId) {
        return dsl.selectFrom(CONTACT_POINT)
                .where(CONTACT_POINT.STAKEHOLDER_ID.eq(stakeholderId), inCampaign(campaignId))
                .orderBy(CONTACT_POINT.KIND, CONTACT_POINT.IS_PRIMARY.desc(), CONTACT_POINT.ID)
                .fetch(this::toContactPoint);
    }

    /**
     * The e-mail addresses of the campaign's stakeholders, opened: values are sealed, so they cannot be searched in
     * SQL. At most {@code limit} are read, so a lookup stays bounded whatever the campaign holds.
     */
    public List<ContactPoint> emails(long campaignId, int limit) {
        return dsl.selectFrom(CONTACT_POINT)
                .where(CONTACT_POINT.KIND.eq(org.campaigntracker.db.jooq.enums.ContactKind.email),
                        inCampaign(campaignId))
                .orderBy(CONTACT_POINT.ID).limit(limit)
                .fetch(this::toContactPoint);
    }

    private static Condition inCampaign(long campaignId) {
        return CONTACT_POINT.STAKEHOLDER_ID.in(
                DSL.select(STAKEHOLDER.ID).from(STAKEHOLDER).where(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId)));
    }

    private Map<Field<?>, Object> columns(ContactPointDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(CONTACT_POINT.KIND, org.campaigntracker.db.jooq.enums.ContactKind.valueOf(d.kind().name()));
        m.put(CONTACT_POINT.VALUE, sealer.seal(VALUE, d.value()));
        m.put(CONTACT_POINT.LABEL, d.label());
        m.put(CONTACT_POINT.IS_PRIMARY, d.primary());
        return m;
    }


    private ContactPoint toContactPoint(ContactPointRecord r) {
        return new ContactPoint(r.getId(), r.getStakeholderId(), ContactKind.valueOf(r.getKind().name()),
                sealer.open(VALUE, r.getValue()),
                r.getLabel(), r.getIsPrimary(), r.getVersion());
    }
}
