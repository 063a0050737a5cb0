package org.campaigntracker.core.press;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.allExist;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.OUTREACH;
import static org.campaigntracker.db.jooq.Tables.PRESS_DEMAND;
import static org.campaigntracker.db.jooq.Tables.PRESS_ITEM;
import static org.campaigntracker.db.jooq.Tables.PRESS_QUOTE;
import static org.campaigntracker.db.jooq.Tables.PRESS_TESTIMONY;
import static org.campaigntracker.db.jooq.Tables.PRESS_THEME;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY;
import static org.campaigntracker.db.jooq.Tables.THEME;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.campaigntracker.db.jooq.tables.records.PressItemRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep3;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Press items and their four link tables. Every query is scoped to one campaign. */
public final class PressRepository {

    /** One link table: the press item column and the column of the linked record. */
    private record Link<R extends Record>(Table<R> table, TableField<R, Long> item, TableField<R, Long> target,
                                          TableField<R, Long> campaign) {

        Field<Long[]> ids(String alias) {
            return DSL.array(DSL.select(target).from(table).where(item.eq(PRESS_ITEM.ID)).orderBy(target)).as(alias);
        }

        Condition contains(long targetId) {
            return DSL.exists(DSL.selectOne().from(table).where(item.eq(PRESS_ITEM.ID), target.eq(targetId)));
        }
    }

    private static final Link<?> THEMES = new Link<>(PRESS_THEME, PRESS_THEME.PRESS_ITEM_ID, PRESS_THEME.THEME_ID,
            PRESS_THEME.CAMPAIGN_ID);
    private static final Link<?> DEMANDS = new Link<>(PRESS_DEMAND, PRESS_DEMAND.PRESS_ITEM_ID, PRESS_DEMAND.DEMAND_ID,
            PRESS_DEMAND.CAMPAIGN_ID);
    private static final Link<?> QUOTES = new Link<>(PRESS_QUOTE, PRESS_QUOTE.PRESS_ITEM_ID,
            PRESS_QUOTE.STAKEHOLDER_ID, PRESS_QUOTE.CAMPAIGN_ID);
    private static final Link<?> TESTIMONIES = new Link<>(PRESS_TESTIMONY, PRESS_TESTIMONY.PRESS_ITEM_ID,
            PRESS_TESTIMONY.TESTIMONY_ID, PRESS_TESTIMONY.CAMPAIGN_ID);
    private static final Field<Long[]> THEME_IDS = THEMES.ids("theme_ids");
    private static final Field<Long[]> DEMAND_IDS = DEMANDS.ids("demand_ids");
    private static final Field<Long[]> QUOTED_IDS = QUOTES.ids("quoted_ids");
    private static final Field<Long[]> TESTIMONY_IDS = TESTIMONIES.ids("testimony_ids");
    private static final List<Field<?>> COLUMNS = Stream.concat(Stream.of(PRESS_ITEM.fields()),
            Stream.of(THEME_IDS, DEMAND_IDS, QUOTED_IDS, TESTIMONY_IDS)).toList();

    private final DSLContext dsl;

    public PressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public PressItem insert(long campaignId, PressItemDraft d) {
        return translated(() -> {
            long id = dsl.insertInto(PRESS_ITEM)
                    .set(PRESS_ITEM.CAMPAIGN_ID, campaignId)
                    .set(PRESS_ITEM.OUTLET, d.outlet())
                    .set(PRESS_ITEM.MEDIUM, toDb(d.medium()))
                    .set(PRESS_ITEM.PUBLISHED_ON, d.publishedOn())
                    .set(PRESS_ITEM.TITLE, d.title())
                    .set(PRESS_ITEM.URL, d.url())
                    .set(PRESS_ITEM.JOURNALIST, d.journalist())
                    .set(PRESS_ITEM.REACH, d.reach())
                    .set(PRESS_ITEM.TONE, toDb(d.tone()))
                    .set(PRESS_ITEM.SUMMARY, d.summary())
                    .set(PRESS_ITEM.OUTREACH_ID, d.outreachId())
                    .returning(PRESS_ITEM.ID).fetchOne(PRESS_ITEM.ID);
            insertLinks(campaignId, id, d);
            return find(campaignId, id).orElseThrow();
        });
    }

    /** Replaces the row and all its links as a whole. */
    public PressItem update(long campaignId, long id, int expectedVersion, PressItemDraft d) {
        return translated(() -> {
            int n = dsl.update(PRESS_ITEM)
                    .set(PRESS_ITEM.OUTLET, d.outlet())
                    .set(PRESS_ITEM.MEDIUM, toDb(d.medium()))
                    .set(PRESS_ITEM.PUBLISHED_ON, d.publishedOn())
                    .set(PRESS_ITEM.TITLE, d.title())
                    .set(PRESS_ITEM.URL, d.url())
                    .set(PRESS_ITEM.JOURNALIST, d.journalist())
                    .set(PRESS_ITEM.REACH, d.reach())
                    .set(PRESS_ITEM.TONE, toDb(d.tone()))
                    .set(PRESS_ITEM.SUMMARY, d.summary())
                    .set(PRESS_ITEM.OUTREACH_ID, d.outreachId())
                    .set(PRESS_ITEM.VERSION, PRESS_ITEM.VERSION.plus(1))
                    .set(PRESS_ITEM.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(PRESS_ITEM.ID.eq(id), PRESS_ITEM.CAMPAIGN_ID.eq(campaignId),
                            PRESS_ITEM.VERSION.eq(expectedVersion))
                    .execute();
            if (n == 0) {
                throw missingOrStale(dsl, PRESS_ITEM.ID, id, expectedVersion, PRESS_ITEM.CAMPAIGN_ID.eq(campaignId));
            }
            for (Link<?> link : List.of(THEMES, DEMANDS, QUOTES, TESTIMONIES)) {
                dsl.deleteFrom(link.table()).where(link.item().eq(id)).execute();
            }
            insertLinks(campaignId, id, d);
            return find(campaignId, id).orElseThrow();
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(PRESS_ITEM)
                .where(PRESS_ITEM.ID.eq(id), PRESS_ITEM.CAMPAIGN_ID.eq(campaignId),
                        PRESS_ITEM.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, PRESS_ITEM.ID, id, expectedVersion, PRESS_ITEM.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<PressItem> find(long campaignId, long id) {
        return dsl.select(COLUMNS).from(PRESS_ITEM)
                .where(PRESS_ITEM.ID.eq(id), PRESS_ITEM.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional(PressRepository::toPressItem);
    }

    /** Newest first. */
    public List<PressItem> list(long campaignId, PressFilter filter) {
        return dsl.select(COLUMNS).from(PRESS_ITEM)
                .where(conditions(campaignId, filter))
                .orderBy(PRESS_ITEM.PUBLISHED_ON.desc(), PRESS_ITEM.ID.desc())
                .fetch(PressRepository::toPressItem);
    }

    public boolean themesExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, THEME.ID, THEME.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean outreachExists(long campaignId, Long id) {
        return id == null || allExist(dsl, OUTREACH.ID, OUTREACH.CAMPAIGN_ID.eq(campaignId), List.of(id));
    }

    public boolean demandsExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, DEMAND.ID, DEMAND.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean stakeholdersExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, STAKEHOLDER.ID, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean testimoniesExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, TESTIMONY.ID, TESTIMONY.CAMPAIGN_ID.eq(campaignId), ids);
    }

    private void insertLinks(long campaignId, long id, PressItemDraft d) {
        insertLink(THEMES, campaignId, id, d.themeIds());
        insertLink(DEMANDS, campaignId, id, d.demandIds());
        insertLink(QUOTES, campaignId, id, d.quotedStakeholderIds());
        insertLink(TESTIMONIES, campaignId, id, d.testimonyIds());
    }

    private <R extends Record> void insertLink(Link<R> link, long campaignId, long id, List<Long> targets) {
        if (targets.isEmpty()) {
            return;
        }
        InsertValuesStep3<R, Long, Long, Long> insert = dsl.insertInto(link.table(), link.item(), link.target(),
                link.campaign());
        for (long target : targets) {
            insert = insert.values(id, target, campaignId);
        }
        insert.execute();
    }

    private static List<Condition> conditions(long campaignId, PressFilter f) {
        List<Condition> where = new ArrayList<>();
        where.add(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId));
        if (f.themeId() != null) {
            where.add(THEMES.contains(f.themeId()));
        }
        if (f.demandId() != null) {
            where.add(DEMANDS.contains(f.demandId()));
        }
        if (f.quotedStakeholderId() != null) {
            where.add(QUOTES.contains(f.quotedStakeholderId()));
        }
        if (f.medium() != null) {
            where.add(PRESS_ITEM.MEDIUM.eq(toDb(f.medium())));
        }
        if (f.from() != null) {
            where.add(PRESS_ITEM.PUBLISHED_ON.ge(f.from()));
        }
        if (f.to() != null) {
            where.add(PRESS_ITEM.PUBLISHED_ON.le(f.to()));
        }
        return where;
    }


    private static PressItem toPressItem(Record row) {
        PressItemRecord r = row.into(PRESS_ITEM);
        return new PressItem(r.getId(), r.getCampaignId(), r.getOutlet(),
                PressMedium.valueOf(r.getMedium().getLiteral().toUpperCase(Locale.ROOT)), r.getPublishedOn(),
                r.getTitle(), r.getUrl(), r.getJournalist(), r.getReach(),
                PressTone.valueOf(r.getTone().getLiteral().toUpperCase(Locale.ROOT)), r.getSummary(),
                List.of(row.get(THEME_IDS)), List.of(row.get(DEMAND_IDS)), List.of(row.get(QUOTED_IDS)),
                List.of(row.get(TESTIMONY_IDS)), r.getOutreachId(), r.getUpdatedAt(), r.getVersion());
    }

    private static org.campaigntracker.db.jooq.enums.PressMedium toDb(PressMedium medium) {
        return org.campaigntracker.db.jooq.enums.PressMedium.lookupLiteral(medium.code());
    }

    private static org.campaigntracker.db.jooq.enums.PressTone toDb(PressTone tone) {
        return org.campaigntracker.db.jooq.enums.PressTone.lookupLiteral(tone.code());
    }
}
