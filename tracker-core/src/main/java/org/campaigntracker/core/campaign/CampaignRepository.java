package org.campaigntracker.core.campaign;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN;

import java.util.List;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.CampaignRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Campaign rows in and out; jOOQ records never leave this class. */
public final class CampaignRepository {

    private final DSLContext dsl;

    public CampaignRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Campaign insert(CampaignDraft draft) {
        return toDomain(translated(() -> dsl.insertInto(CAMPAIGN)
                .set(CAMPAIGN.SLUG, draft.slug())
                .set(CAMPAIGN.NAME, draft.name())
                .set(CAMPAIGN.OBJECTIVE, draft.objective())
                .set(CAMPAIGN.DEADLINE, draft.deadline())
                .set(CAMPAIGN.DEADLINE_LABEL, draft.deadlineLabel())
                .set(CAMPAIGN.DEFAULT_LANGUAGE, draft.defaultLanguage())
                .set(CAMPAIGN.DOUBLE_ASK_DAYS, draft.doubleAskDays())
                .returning().fetchOne()));
    }

    public Optional<Campaign> findBySlug(String slug) {
        return dsl.selectFrom(CAMPAIGN).where(CAMPAIGN.SLUG.eq(slug)).fetchOptional().map(CampaignRepository::toDomain);
    }

    public Optional<Campaign> findById(long id) {
        return dsl.selectFrom(CAMPAIGN).where(CAMPAIGN.ID.eq(id)).fetchOptional().map(CampaignRepository::toDomain);
    }

    public List<Campaign> list() {
        return dsl.selectFrom(CAMPAIGN).orderBy(CAMPAIGN.SLUG).fetch(CampaignRepository::toDomain);
    }

    public Campaign update(long id, int expectedVersion, CampaignDraft draft) {
        CampaignRecord updated = translated(() -> dsl.update(CAMPAIGN)
                .set(CAMPAIGN.SLUG, draft.slug())
                .set(CAMPAIGN.NAME, draft.name())
                .set(CAMPAIGN.OBJECTIVE, draft.objective())
                .set(CAMPAIGN.DEADLINE, draft.deadline())
                .set(CAMPAIGN.DEADLINE_LABEL, draft.deadlineLabel())
                .set(CAMPAIGN.DEFAULT_LANGUAGE, draft.defaultLanguage())
                .set(CAMPAIGN.DOUBLE_ASK_DAYS, draft.doubleAskDays())
                .set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
                .set(CAMPAIGN.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(CAMPAIGN.ID.eq(id).and(CAMPAIGN.VERSION.eq(expectedVersion)))
                .returning().fetchOne());
        if (updated == null) {
            throw missingOrStale(dsl, CAMPAIGN.ID, id, expectedVersion, DSL.noCondition());
        }
        return toDomain(updated);
    }

    public void delete(long id, int expectedVersion) {
        int deleted = dsl.deleteFrom(CAMPAIGN)
                .where(CAMPAIGN.ID.eq(id).and(CAMPAIGN.VERSION.eq(expectedVersion))).execute();
        if (deleted == 0) {
            throw missingOrStale(dsl, CAMPAIGN.ID, id, expectedVersion, DSL.noCondition());
        }
    }

    static Campaign toDomain(CampaignRecord r) {
        return new Campaign(r.getId(), r.getSlug(), r.getName(), r.getObjective(), r.getDeadline(),
                r.getDeadlineLabel(), r.getDefaultLanguage(), r.getUpdatedAt(), r.getVersion(), r.getDoubleAskDays());
    }
}
