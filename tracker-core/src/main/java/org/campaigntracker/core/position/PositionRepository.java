package org.campaigntracker.core.position;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.POSITION;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.PositionRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Position rows. Every query is scoped to one campaign; the composite foreign keys keep references inside it. */
public final class PositionRepository {

    private final DSLContext dsl;

    public PositionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Position insert(long campaignId, PositionDraft d) {
        return translated(() -> toDomain(dsl.insertInto(POSITION)
                .set(POSITION.CAMPAIGN_ID, campaignId)
                .set(POSITION.STAKEHOLDER_ID, d.stakeholderId())
                .set(POSITION.DEMAND_ID, d.demandId())
                .set(POSITION.LEVEL, toDb(d.level()))
                .set(POSITION.STATED_ON, d.statedOn())
                .set(POSITION.EVIDENCE_INTERACTION_ID, d.evidenceInteractionId())
                .set(POSITION.EVIDENCE_PRESS_ITEM_ID, d.evidencePressItemId())
                .set(POSITION.EVIDENCE_DOCUMENT, d.evidenceDocument())
                .set(POSITION.NOTE, d.note())
                .returning().fetchOne()));
    }

    /** Rewrites a statement in place if it is still at {@code expectedVersion}. */
    public Position update(long campaignId, long id, int expectedVersion, PositionDraft d) {
        return translated(() -> {
            PositionRecord r = dsl.update(POSITION)
                    .set(POSITION.STAKEHOLDER_ID, d.stakeholderId())
                    .set(POSITION.DEMAND_ID, d.demandId())
                    .set(POSITION.LEVEL, toDb(d.level()))
                    .set(POSITION.STATED_ON, d.statedOn())
                    .set(POSITION.EVIDENCE_INTERACTION_ID, d.evidenceInteractionId())
                    .set(POSITION.EVIDENCE_PRESS_ITEM_ID, d.evidencePressItemId())
                    .set(POSITION.EVIDENCE_DOCUMENT, d.evidenceDocument())
                    .set(POSITION.NOTE, d.note())
                    .set(POSITION.UPDATED_AT, DSL.currentOffsetDateTime())
                    .set(POSITION.VERSION, POSITION.VERSION.plus(1))
                    .where(POSITION.ID.eq(id), POSITION.CAMPAIGN_ID.eq(campaignId), POSITION.VERSION.eq(expectedVersion))
                    .returning().fetchOne();
            if (r == null) {
                throw missingOrStale(dsl, POSITION.ID, id, expectedVersion, POSITION.CAMPAIGN_ID.eq(campaignId));
            }
            return toDomain(r);
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(POSITION).where(POSITION.ID.eq(id), POSITION.CAMPAIGN_ID.eq(campaignId),
                POSITION.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, POSITION.ID, id, expectedVersion, POSITION.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Position> position(long campaignId, long id) {
        return dsl.selectFrom(POSITION).where(POSITION.ID.eq(id), POSITION.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(PositionRepository::toDomain);
    }

    /** Oldest first; two statements on one day keep the order they were recorded in. */
    public List<Position> history(long campaignId, long stakeholderId, long demandId) {
        return dsl.selectFrom(POSITION)
                .where(POSITION.CAMPAIGN_ID.eq(campaignId), POSITION.STAKEHOLDER_ID.eq(stakeholderId),
                        POSITION.DEMAND_ID.eq(demandId))
                .orderBy(POSITION.STATED_ON, POSITION.ID)
                .fetch(PositionRepository::toDomain);
    }

    /** Every statement of the campaign, oldest first, as the ledger's timeline reads them. */
    public List<Position> all(long campaignId) {
        return dsl.selectFrom(POSITION).where(POSITION.CAMPAIGN_ID.eq(campaignId))
                .orderBy(POSITION.STATED_ON, POSITION.ID)
                .fetch(PositionRepository::toDomain);
    }

    /** The latest statement of each stakeholder on each demand, in one pass over position_current_idx. */
    public List<Position> current(long campaignId) {
        return dsl.select(POSITION.fields())
                .distinctOn(POSITION.STAKEHOLDER_ID, POSITION.DEMAND_ID)
                .from(POSITION)
                .where(POSITION.CAMPAIGN_ID.eq(campaignId))
                .orderBy(POSITION.STAKEHOLDER_ID, POSITION.DEMAND_ID, POSITION.STATED_ON.desc(), POSITION.ID.desc())
                .fetch(r -> toDomain(r.into(POSITION)));
    }

    /**
     * As {@link #current(long)}, for the given stakeholders on the given demands: reads only their entries of
     * position_current_idx instead of every campaign's.
     */
    public List<Position> current(long campaignId, Collection<Long> stakeholderIds, Collection<Long> demandIds) {
        return dsl.select(POSITION.fields())
                .distinctOn(POSITION.STAKEHOLDER_ID, POSITION.DEMAND_ID)
                .from(POSITION)
                .where(POSITION.CAMPAIGN_ID.eq(campaignId),
                        POSITION.STAKEHOLDER_ID.eq(DSL.any(stakeholderIds.toArray(new Long[0]))),
                        POSITION.DEMAND_ID.eq(DSL.any(demandIds.toArray(new Long[0]))))
                .orderBy(POSITION.STAKEHOLDER_ID, POSITION.DEMAND_ID, POSITION.STATED_ON.desc(), POSITION.ID.desc())
                .fetch(r -> toDomain(r.into(POSITION)));
    }

    private static org.campaigntracker.db.jooq.enums.PositionLevel toDb(PositionLevel level) {
        return org.campaigntracker.db.jooq.enums.PositionLevel.valueOf(level.name());
    }

    static Position toDomain(PositionRecord r) {
        return new Position(r.getId(), r.getCampaignId(), r.getStakeholderId(), r.getDemandId(),
                PositionLevel.valueOf(r.getLevel().name()), r.getStatedOn(), r.getEvidenceInteractionId(),
                r.getEvidencePressItemId(), r.getEvidenceDocument(), r.getNote(), r.getCreatedAt(), r.getVersion());
    }
}
