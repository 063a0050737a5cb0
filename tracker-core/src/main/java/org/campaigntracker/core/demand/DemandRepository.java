package org.campaigntracker.core.demand;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.DEMAND_REVISION;
import static org.campaigntracker.db.jooq.Tables.THEME;
import static org.campaigntracker.db.jooq.Tables.THEME_REVISION;

import java.util.List;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.DemandRecord;
import org.campaigntracker.db.jooq.tables.records.ThemeRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Theme and demand rows, and their revisions. Every query is scoped to one campaign. */
public final class DemandRepository {

    private final DSLContext dsl;

    public DemandRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Theme insertTheme(long campaignId, String code, int position, ThemeDraft d) {
        return translated(() -> toTheme(dsl.insertInto(THEME)
                .set(THEME.CAMPAIGN_ID, campaignId)
                .set(THEME.CODE, code)
                .set(THEME.POSITION, position)
                .set(THEME.TITLE, d.title())
                .set(THEME.DESCRIPTION, d.description())
                .set(THEME.RETIRED_ON, d.retiredOn())
                .returning().fetchOne()));
    }

    public Theme updateTheme(long campaignId, long id, int expectedVersion, String code, int position, ThemeDraft d) {
        return translated(() -> {
            ThemeRecord r = dsl.update(THEME)
                    .set(THEME.CODE, code)
                    .set(THEME.POSITION, position)
                    .set(THEME.TITLE, d.title())
                    .set(THEME.DESCRIPTION, d.description())
                    .set(THEME.RETIRED_ON, d.retiredOn())
                    .set(THEME.VERSION, THEME.VERSION.plus(1))
                    .set(THEME.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(THEME.ID.eq(id), THEME.CAMPAIGN_ID.eq(campaignId), THEME.VERSION.eq(expectedVersion))
                    .returning().fetchOne();
            if (r == null) {
                throw missingOrStale(dsl, THEME.ID, id, expectedVersion, THEME.CAMPAIGN_ID.eq(campaignId));
            }
            return toTheme(r);
        });
    }

    public List<Theme> themes(long campaignId) {
        return dsl.selectFrom(THEME).where(THEME.CAMPAIGN_ID.eq(campaignId))
                .orderBy(THEME.POSITION, THEME.ID).fetch(DemandRepository::toTheme);
    }

    public Optional<Theme> theme(long campaignId, long id) {
        return dsl.selectFrom(THEME).where(THEME.ID.eq(id), THEME.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(DemandRepository::toTheme);
    }

    public void deleteTheme(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(THEME)
                .where(THEME.ID.eq(id), THEME.CAMPAIGN_ID.eq(campaignId), THEME.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, THEME.ID, id, expectedVersion, THEME.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Demand insertDemand(long campaignId, String code, DemandDraft d) {
        return translated(() -> toDemand(dsl.insertInto(DEMAND)
                .set(DEMAND.CAMPAIGN_ID, campaignId)
                .set(DEMAND.THEME_ID, d.themeId())
                .set(DEMAND.CODE, code)
                .set(DEMAND.TITLE, d.title())
                .set(DEMAND.BODY, d.body())
                .set(DEMAND.RETIRED_ON, d.retiredOn())
                .returning().fetchOne()));
    }

    public Demand updateDemand(long campaignId, long id, int expectedVersion, String code, DemandDraft d) {
        return translated(() -> {
            DemandRecord r = dsl.update(DEMAND)
                    .set(DEMAND.THEME_ID, d.themeId())
                    .set(DEMAND.CODE, code)
                    .set(DEMAND.TITLE, d.title())
                    .set(DEMAND.BODY, d.body())
                    .set(DEMAND.RETIRED_ON, d.retiredOn())
                    .set(DEMAND.VERSION, DEMAND.VERSION.plus(1))
                    .set(DEMAND.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(DEMAND.ID.eq(id), DEMAND.CAMPAIGN_ID.eq(campaignId), DEMAND.VERSION.eq(expectedVersion))
                    .returning().fetchOne();
            if (r == null) {
                throw missingOrStale(dsl, DEMAND.ID, id, expectedVersion, DEMAND.CAMPAIGN_ID.eq(campaignId));
            }
            return toDemand(r);
        });
    }

    public void deleteDemand(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(DEMAND)
                .where(DEMAND.ID.eq(id), DEMAND.CAMPAIGN_ID.eq(campaignId), DEMAND.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, DEMAND.ID, id, expectedVersion, DEMAND.CAMPAIGN_ID.eq(campaignId));
        }
    }

    /** Demands in theme order, then by code as numbers (1.2 before 1.10). */
    public List<Demand> demands(long campaignId) {
        return dsl.select(DEMAND.fields()).from(DEMAND).join(THEME).on(THEME.ID.eq(DEMAND.THEME_ID))
                .where(DEMAND.CAMPAIGN_ID.eq(campaignId))
                .orderBy(THEME.POSITION, DSL.field("string_to_array({0}, '.')::int[]", Object.class, DEMAND.CODE), DEMAND.ID)
                .fetch(r -> toDemand(r.into(DEMAND)));
    }

    public Optional<Demand> demand(long campaignId, long id) {
        return dsl.selectFrom(DEMAND).where(DEMAND.ID.eq(id), DEMAND.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(DemandRepository::toDemand);
    }

    public List<String> demandCodesOfTheme(long themeId) {
        return dsl.select(DEMAND.CODE).from(DEMAND).where(DEMAND.THEME_ID.eq(themeId)).fetch(DEMAND.CODE);
    }

    public List<Revision> themeRevisions(long themeId) {
        return dsl.selectFrom(THEME_REVISION).where(THEME_REVISION.THEME_ID.eq(themeId))
                .orderBy(THEME_REVISION.VERSION)
                .fetch(r -> new Revision(r.getVersion(), r.getCode(), r.getTitle(), r.getDescription(),
                        r.getValidFrom(), r.getValidUntil()));
    }

    public List<Revision> demandRevisions(long demandId) {
        return dsl.selectFrom(DEMAND_REVISION).where(DEMAND_REVISION.DEMAND_ID.eq(demandId))
                .orderBy(DEMAND_REVISION.VERSION)
                .fetch(r -> new Revision(r.getVersion(), r.getCode(), r.getTitle(), r.getBody(),
                        r.getValidFrom(), r.getValidUntil()));
    }


    static Theme toTheme(ThemeRecord r) {
        return new Theme(r.getId(), r.getCampaignId(), r.getCode(), r.getPosition(), r.getTitle(), r.getDescription(),
                r.getRetiredOn(), r.getVersion());
    }

    static Demand toDemand(DemandRecord r) {
        return new Demand(r.getId(), r.getCampaignId(), r.getThemeId(), r.getCode(), r.getTitle(), r.getBody(),
                r.getRetiredOn(), r.getVersion());
    }
}
