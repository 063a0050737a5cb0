package org.campaigntracker.core.plan;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.FOLLOW_UP;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.FollowUpRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Follow-up rows. Every query is scoped to one campaign. */
public final class FollowUpRepository {

    private final DSLContext dsl;

    public FollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public FollowUp insert(long campaignId, FollowUpDraft d) {
        return translated(() -> toDomain(dsl.insertInto(FOLLOW_UP)
                .set(FOLLOW_UP.CAMPAIGN_ID, campaignId)
                .set(FOLLOW_UP.TITLE, d.title())
                .set(FOLLOW_UP.OWNER_ID, d.ownerId())
                .set(FOLLOW_UP.DUE_ON, d.dueOn())
                .set(FOLLOW_UP.DONE_ON, d.doneOn())
                .set(FOLLOW_UP.INTERACTION_ID, d.interactionId())
                .set(FOLLOW_UP.STAKEHOLDER_ID, d.stakeholderId())
                .set(FOLLOW_UP.DEMAND_ID, d.demandId())
                .returning().fetchOne()));
    }

    public FollowUp update(long campaignId, long id, int expectedVersion, FollowUpDraft d) {
        return translated(() -> {
            FollowUpRecord r = dsl.update(FOLLOW_UP)
                    .set(FOLLOW_UP.TITLE, d.title())
                    .set(FOLLOW_UP.OWNER_ID, d.ownerId())
                    .set(FOLLOW_UP.DUE_ON, d.dueOn())
                    .set(FOLLOW_UP.DONE_ON, d.doneOn())
                    .set(FOLLOW_UP.INTERACTION_ID, d.interactionId())
                    .set(FOLLOW_UP.STAKEHOLDER_ID, d.stakeholderId())
                    .set(FOLLOW_UP.DEMAND_ID, d.demandId())
                    .set(FOLLOW_UP.VERSION, FOLLOW_UP.VERSION.plus(1))
                    .set(FOLLOW_UP.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(FOLLOW_UP.ID.eq(id), FOLLOW_UP.CAMPAIGN_ID.eq(campaignId),
                            FOLLOW_UP.VERSION.eq(expectedVersion))
                    .returning().fetchOne();
            if (r == null) {
                throw missingOrStale(dsl, FOLLOW_UP.ID, id, expectedVersion, FOLLOW_UP.CAMPAIGN_ID.eq(campaignId));
            }
            return toDomain(r);
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id), FOLLOW_UP.CAMPAIGN_ID.eq(campaignId),
                FOLLOW_UP.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, FOLLOW_UP.ID, id, expectedVersion, FOLLOW_UP.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<FollowUp> followUp(long campaignId, long id) {
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.ID.eq(id), FOLLOW_UP.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(FollowUpRepository::toDomain);
    }

    /** Soonest due first, undated ones last. */
    public List<FollowUp> list(long campaignId, boolean openOnly) {
        Condition open = openOnly ? FOLLOW_UP.DONE_ON.isNull() : DSL.noCondition();
        return dsl.selectFrom(FOLLOW_UP).where(FOLLOW_UP.CAMPAIGN_ID.eq(campaignId), open)
                .orderBy(FOLLOW_UP.DUE_ON.asc().nullsLast(), FOLLOW_UP.ID)
                .fetch(FollowUpRepository::toDomain);
    }

    public List<FollowUp> overdue(long campaignId, LocalDate today) {
        return dsl.selectFrom(FOLLOW_UP)
                .where(FOLLOW_UP.CAMPAIGN_ID.eq(campaignId), FOLLOW_UP.DONE_ON.isNull(), FOLLOW_UP.DUE_ON.lt(today))
                .orderBy(FOLLOW_UP.DUE_ON, FOLLOW_UP.ID)
                .fetch(FollowUpRepository::toDomain);
    }


    static FollowUp toDomain(FollowUpRecord r) {
        return new FollowUp(r.getId(), r.getCampaignId(), r.getTitle(), r.getOwnerId(), r.getDueOn(), r.getDoneOn(),
                r.getInteractionId(), r.getStakeholderId(), r.getDemandId(), r.getVersion());
    }
}
