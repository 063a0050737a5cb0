package org.campaigntracker.core.outreach;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.allExist;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.OUTREACH;
import static org.campaigntracker.db.jooq.Tables.OUTREACH_DEMAND;
import static org.campaigntracker.db.jooq.Tables.OUTREACH_JOURNALIST;
import static org.campaigntracker.db.jooq.Tables.PRESS_ITEM;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.OutreachRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Outreach rows, their demand and journalist links, and the press items' link to them; scoped to one campaign. */
public final class OutreachRepository {

    private final DSLContext dsl;

    public OutreachRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long campaignId, OutreachDraft d) {
        return translated(() -> {
            long id = dsl.insertInto(OUTREACH)
                    .set(OUTREACH.CAMPAIGN_ID, campaignId)
                    .set(OUTREACH.KIND, org.campaigntracker.db.jooq.enums.OutreachKind.valueOf(d.kind().name()))
                    .set(OUTREACH.SENT_ON, d.sentOn())
                    .set(OUTREACH.TITLE, d.title())
                    .set(OUTREACH.EMBARGO_UNTIL, d.embargoUntil())
                    .set(OUTREACH.OUTLETS, d.outlets().toArray(String[]::new))
                    .set(OUTREACH.ATTACHMENTS, d.attachments().toArray(String[]::new))
                    .returning(OUTREACH.ID).fetchOne(OUTREACH.ID);
            insertLinks(campaignId, id, d);
            return id;
        });
    }

    /** Replaces the send's fields and links when it is still at {@code expectedVersion}. */
    public void update(long campaignId, long id, int expectedVersion, OutreachDraft d) {
        translated(() -> {
            int n = dsl.update(OUTREACH)
                    .set(OUTREACH.KIND, org.campaigntracker.db.jooq.enums.OutreachKind.valueOf(d.kind().name()))
                    .set(OUTREACH.SENT_ON, d.sentOn())
                    .set(OUTREACH.TITLE, d.title())
                    .set(OUTREACH.EMBARGO_UNTIL, d.embargoUntil())
                    .set(OUTREACH.OUTLETS, d.outlets().toArray(String[]::new))
                    .set(OUTREACH.ATTACHMENTS, d.attachments().toArray(String[]::new))
                    .set(OUTREACH.VERSION, OUTREACH.VERSION.plus(1))
                    .set(OUTREACH.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(OUTREACH.ID.eq(id), OUTREACH.CAMPAIGN_ID.eq(campaignId),
                            OUTREACH.VERSION.eq(expectedVersion))
                    .execute();
            if (n == 0) {
                throw missingOrStale(dsl, OUTREACH.ID, id, expectedVersion, OUTREACH.CAMPAIGN_ID.eq(campaignId));
            }
            dsl.deleteFrom(OUTREACH_DEMAND).where(OUTREACH_DEMAND.OUTREACH_ID.eq(id)).execute();
            dsl.deleteFrom(OUTREACH_JOURNALIST).where(OUTREACH_JOURNALIST.OUTREACH_ID.eq(id)).execute();
            insertLinks(campaignId, id, d);
            return null;
        });
    }

    private void insertLinks(long campaignId, long id, OutreachDraft d) {
        for (long demand : d.demandIds()) {
            dsl.insertInto(OUTREACH_DEMAND).set(OUTREACH_DEMAND.OUTREACH_ID, id)
                    .set(OUTREACH_DEMAND.DEMAND_ID, demand).set(OUTREACH_DEMAND.CAMPAIGN_ID, campaignId).execute();
        }
        for (long journalist : d.journalistIds()) {
            dsl.insertInto(OUTREACH_JOURNALIST).set(OUTREACH_JOURNALIST.OUTREACH_ID, id)
                    .set(OUTREACH_JOURNALIST.STAKEHOLDER_ID, journalist)
                    .set(OUTREACH_JOURNALIST.CAMPAIGN_ID, campaignId).execute();
        }
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(OUTREACH).where(OUTREACH.ID.eq(id), OUTREACH.CAMPAIGN_ID.eq(campaignId),
                OUTREACH.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, OUTREACH.ID, id, expectedVersion, OUTREACH.CAMPAIGN_ID.eq(campaignId));
        }
    }

    /** Names (or, with null, clears) the outreach that led to a press item; false when the item is not found. */
    public boolean linkPressItem(long campaignId, long pressItemId, Long outreachId) {
        return translated(() -> dsl.update(PRESS_ITEM).set(PRESS_ITEM.OUTREACH_ID, outreachId)
                .set(PRESS_ITEM.VERSION, PRESS_ITEM.VERSION.plus(1))
                .set(PRESS_ITEM.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(PRESS_ITEM.ID.eq(pressItemId), PRESS_ITEM.CAMPAIGN_ID.eq(campaignId)).execute() > 0);
    }

    /** Press item id → the outreach it names, for the campaign file. */
    public Map<Long, Long> pressLinks(long campaignId) {
        return dsl.select(PRESS_ITEM.ID, PRESS_ITEM.OUTREACH_ID).from(PRESS_ITEM)
                .where(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId), PRESS_ITEM.OUTREACH_ID.isNotNull())
                .fetchMap(PRESS_ITEM.ID, PRESS_ITEM.OUTREACH_ID);
    }

    public Optional<Outreach> find(long campaignId, long id) {
        return load(campaignId, OUTREACH.ID.eq(id)).stream().findFirst();
    }

    /** Oldest send first. */
    public List<Outreach> list(long campaignId) {
        return load(campaignId, DSL.noCondition());
    }

    public boolean demandsExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, DEMAND.ID, DEMAND.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean stakeholdersExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, STAKEHOLDER.ID, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId), ids);
    }

    private List<Outreach> load(long campaignId, Condition which) {
        List<OutreachRecord> rows = dsl.selectFrom(OUTREACH).where(OUTREACH.CAMPAIGN_ID.eq(campaignId), which)
                .orderBy(OUTREACH.SENT_ON, OUTREACH.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(OutreachRecord::getId).toList();
        Map<Long, List<Long>> demands = new HashMap<>();
        dsl.select(OUTREACH_DEMAND.OUTREACH_ID, OUTREACH_DEMAND.DEMAND_ID).from(OUTREACH_DEMAND)
                .where(OUTREACH_DEMAND.OUTREACH_ID.in(ids)).orderBy(OUTREACH_DEMAND.DEMAND_ID)
                .forEach(r -> demands.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Long>> journalists = new HashMap<>();
        dsl.select(OUTREACH_JOURNALIST.OUTREACH_ID, OUTREACH_JOURNALIST.STAKEHOLDER_ID).from(OUTREACH_JOURNALIST)
                .where(OUTREACH_JOURNALIST.OUTREACH_ID.in(ids)).orderBy(OUTREACH_JOURNALIST.STAKEHOLDER_ID)
                .forEach(r -> journalists.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Long>> press = new HashMap<>();
        dsl.select(PRESS_ITEM.OUTREACH_ID, PRESS_ITEM.ID).from(PRESS_ITEM)
                .where(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId), PRESS_ITEM.OUTREACH_ID.in(ids))
                .orderBy(PRESS_ITEM.PUBLISHED_ON, PRESS_ITEM.ID)
                .forEach(r -> press.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return rows.stream().map(r -> new Outreach(r.getId(), r.getCampaignId(),
                OutreachKind.valueOf(r.getKind().getLiteral()), r.getSentOn(), r.getTitle(), r.getEmbargoUntil(),
                demands.getOrDefault(r.getId(), List.of()), journalists.getOrDefault(r.getId(), List.of()),
                List.of(r.getOutlets()), List.of(r.getAttachments()), press.getOrDefault(r.getId(), List.of()),
                r.getVersion())).toList();
    }
}
