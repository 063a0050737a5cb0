package org.campaigntracker.core.stakeholder;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.RELATIONSHIP;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.db.jooq.tables.records.RelationshipRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectSeekStep1;
import org.jooq.impl.DSL;

/** Relationship rows: the edges of the influence map. Every query is scoped to one campaign. */
public final class RelationshipRepository {

    private final DSLContext dsl;

    public RelationshipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Relationship insert(long campaignId, RelationshipDraft d) {
        return translated(() -> toRelationship(dsl.insertInto(RELATIONSHIP)
                .set(RELATIONSHIP.CAMPAIGN_ID, campaignId)
                .set(columns(d))
                .returning().fetchOne()));
    }

    public Relationship update(long campaignId, long id, int expectedVersion, RelationshipDraft d) {
        RelationshipRecord r = translated(() -> dsl.update(RELATIONSHIP)
                .set(columns(d))
                .set(RELATIONSHIP.VERSION, RELATIONSHIP.VERSION.plus(1))
                .set(RELATIONSHIP.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(RELATIONSHIP.ID.eq(id), RELATIONSHIP.CAMPAIGN_ID.eq(campaignId),
                        RELATIONSHIP.VERSION.eq(expectedVersion))
                .returning().fetchOne());
        if (r == null) {
            throw missingOrStale(dsl, RELATIONSHIP.ID, id, expectedVersion, RELATIONSHIP.CAMPAIGN_ID.eq(campaignId));
        }
        return toRelationship(r);
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(RELATIONSHIP)
                .where(RELATIONSHIP.ID.eq(id), RELATIONSHIP.CAMPAIGN_ID.eq(campaignId),
                        RELATIONSHIP.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, RELATIONSHIP.ID, id, expectedVersion, RELATIONSHIP.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Relationship> relationship(long campaignId, long id) {
        return dsl.selectFrom(RELATIONSHIP).where(RELATIONSHIP.ID.eq(id), RELATIONSHIP.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(RelationshipRepository::toRelationship);
    }

    public List<Relationship> relationships(long campaignId) {
        return ordered(campaignId, null).fetch(RelationshipRepository::toRelationship);
    }

    /** Links in both directions: from the stakeholder and to it. */
    public List<Relationship> relationshipsOf(long campaignId, long stakeholderId) {
        return ordered(campaignId, stakeholderId).fetch(RelationshipRepository::toRelationship);
    }

    /** One page of the campaign's links, or of one stakeholder's (either end) when {@code stakeholderId} is given. */
    public List<Relationship> relationships(long campaignId, Long stakeholderId, Page page) {
        return ordered(campaignId, stakeholderId).limit(page.limit()).offset(page.offset())
                .fetch(RelationshipRepository::toRelationship);
    }

    private SelectSeekStep1<RelationshipRecord, Long> ordered(long campaignId, Long stakeholderId) {
        return dsl.selectFrom(RELATIONSHIP)
                .where(RELATIONSHIP.CAMPAIGN_ID.eq(campaignId), stakeholderId == null ? DSL.noCondition()
                        : RELATIONSHIP.FROM_ID.eq(stakeholderId).or(RELATIONSHIP.TO_ID.eq(stakeholderId)))
                .orderBy(RELATIONSHIP.ID);
    }

    private static Map<Field<?>, Object> columns(RelationshipDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(RELATIONSHIP.FROM_ID, d.fromId());
        m.put(RELATIONSHIP.TO_ID, d.toId());
        m.put(RELATIONSHIP.TYPE, org.campaigntracker.db.jooq.enums.RelationshipType.valueOf(d.type().name()));
        m.put(RELATIONSHIP.STRENGTH, d.strength().shortValue());
        m.put(RELATIONSHIP.SINCE, d.since());
        m.put(RELATIONSHIP.UNTIL, d.until());
        m.put(RELATIONSHIP.SOURCE, d.source());
        m.put(RELATIONSHIP.NOTES, d.notes());
        return m;
    }


    private static Relationship toRelationship(RelationshipRecord r) {
        return new Relationship(r.getId(), r.getCampaignId(), r.getFromId(), r.getToId(),
                RelationshipType.valueOf(r.getType().name()), r.getStrength(), r.getSince(), r.getUntil(),
                r.getSource(), r.getNotes(), r.getVersion());
    }
}
