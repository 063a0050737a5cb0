package org.campaigntracker.core.progress;

import org.campaigntracker.core.interaction.InteractionRepository;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN_REVISION;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_DEMAND;
import static org.campaigntracker.db.jooq.Tables.MILESTONE;
import static org.campaigntracker.db.jooq.Tables.PRESS_DEMAND;
import static org.campaigntracker.db.jooq.Tables.PRESS_ITEM;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaigntracker.core.progress.DemandProgress.InteractionEvidence;
import org.campaigntracker.core.progress.DemandProgress.PressEvidence;
import org.campaigntracker.core.stakeholder.StakeholderRepository;
import org.campaigntracker.core.store.ChangeLog;
import org.campaigntracker.core.store.ReadModel;
import org.campaigntracker.db.jooq.enums.MilestoneStatus;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.campaigntracker.db.jooq.tables.Stakeholder;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.QuantifiedSelect;
import org.jooq.Record1;
import org.jooq.impl.DSL;

/** The reads progress is computed from, beyond demands and positions (which their own repositories serve). */
final class ProgressRepository {

    record CampaignHead(long id, String slug, String name, LocalDate deadline) {
    }

    /** A direct target with what may be shown of it; {@code name} is filtered later for people. */
    record Target(long id, String kind, String name, String function, String organisation) {
    }

    record Dated<T>(long demandId, T item) {
    }

    private final DSLContext dsl;

    ProgressRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The campaign's change counter (the sum of its shards); 0 before its first counted write. One index range read. */
    long revision(long campaignId) {
        Long r = dsl.select(DSL.sum(CAMPAIGN_REVISION.REVISION).cast(Long.class)).from(CAMPAIGN_REVISION)
                .where(CAMPAIGN_REVISION.CAMPAIGN_ID.eq(campaignId)).fetchOne(0, Long.class);
        return r == null ? 0 : r;
    }

    Optional<CampaignHead> campaign(long campaignId) {
        return dsl.select(CAMPAIGN.ID, CAMPAIGN.SLUG, CAMPAIGN.NAME, CAMPAIGN.DEADLINE).from(CAMPAIGN)
                .where(CAMPAIGN.ID.eq(campaignId))
                .fetchOptional(r -> new CampaignHead(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Map<Long, Target> directTargets(long campaignId) {
        Stakeholder org = STAKEHOLDER.as("org");
        return dsl.select(STAKEHOLDER.ID, STAKEHOLDER.KIND, STAKEHOLDER.NAME, STAKEHOLDER.FUNCTION_TITLE, org.NAME)
                .from(STAKEHOLDER).leftJoin(org).on(StakeholderRepository.organisationOf(org))
                .where(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId),
                        STAKEHOLDER.CATEGORY.eq(StakeholderCategory.direct_target))
                .fetchMap(STAKEHOLDER.ID, r -> new Target(r.value1(), r.value2().getLiteral(), r.value3(), r.value4(),
                        r.value5()));
    }

    Map<Long, InteractionEvidence> interactions(long campaignId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(INTERACTION.ID, INTERACTION.OCCURRED_ON, INTERACTION.KIND, INTERACTION.TITLE)
                .from(INTERACTION).where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.ID.eq(anyOf(ids)))
                .fetchMap(INTERACTION.ID, r -> new InteractionEvidence(r.value1(), r.value2(),
                        r.value3().getLiteral(), r.value4()));
    }

    Map<Long, PressEvidence> pressItems(long campaignId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PRESS_ITEM.ID, PRESS_ITEM.PUBLISHED_ON, PRESS_ITEM.OUTLET, PRESS_ITEM.TITLE, PRESS_ITEM.URL)
                .from(PRESS_ITEM).where(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId), PRESS_ITEM.ID.eq(anyOf(ids)))
                .fetchMap(PRESS_ITEM.ID, r -> new PressEvidence(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5()));
    }

    /**
     * The latest {@link DemandProgress#LATEST} interactions per demand up to {@code asOf}, newest first: for each
     * of the demands, a few reads of the per-demand date index on the links (changeset 0027), however many
     * interactions the campaign holds.
     */
    Map<Long, List<InteractionEvidence>> latestInteractions(long campaignId, LocalDate asOf,
                                                            Collection<Long> demandIds) {
        var latest = DSL.select(INTERACTION.ID, INTERACTION.OCCURRED_ON, INTERACTION.KIND, INTERACTION.TITLE)
                .from(INTERACTION_DEMAND).join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_DEMAND.INTERACTION_ID))
                .where(INTERACTION_DEMAND.DEMAND_ID.eq(DEMAND.ID), INTERACTION_DEMAND.OCCURRED_ON.le(asOf),
                        InteractionRepository.counted())
                .orderBy(INTERACTION_DEMAND.OCCURRED_ON.desc(), INTERACTION_DEMAND.INTERACTION_ID.desc())
                .limit(DemandProgress.LATEST).asTable("latest");
        Field<Long> id = latest.field(INTERACTION.ID);
        Field<LocalDate> on = latest.field(INTERACTION.OCCURRED_ON);
        return group(dsl.select(DEMAND.ID, id, on, latest.field(INTERACTION.KIND), latest.field(INTERACTION.TITLE))
                .from(DEMAND).crossJoin(DSL.lateral(latest))
                .where(DEMAND.CAMPAIGN_ID.eq(campaignId), DEMAND.ID.eq(anyOf(demandIds)))
                .orderBy(DEMAND.ID, on.desc(), id.desc())
                .fetch(r -> new Dated<>(r.value1(), new InteractionEvidence(r.value2(), r.value3(),
                        r.value4().getLiteral(), r.value5()))));
    }

    /** The latest {@link DemandProgress#LATEST} press items per demand up to {@code asOf}, newest first. */
    Map<Long, List<PressEvidence>> latestPress(long campaignId, LocalDate asOf, Collection<Long> demandIds) {
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(PRESS_DEMAND.DEMAND_ID)
                .orderBy(PRESS_ITEM.PUBLISHED_ON.desc(), PRESS_ITEM.ID.desc())).as("rank");
        var ranked = dsl.select(PRESS_DEMAND.DEMAND_ID, PRESS_ITEM.ID, PRESS_ITEM.PUBLISHED_ON, PRESS_ITEM.OUTLET,
                        PRESS_ITEM.TITLE, PRESS_ITEM.URL, rank)
                .from(PRESS_DEMAND).join(PRESS_ITEM).on(PRESS_ITEM.ID.eq(PRESS_DEMAND.PRESS_ITEM_ID))
                .where(PRESS_DEMAND.CAMPAIGN_ID.eq(campaignId), PRESS_DEMAND.DEMAND_ID.eq(anyOf(demandIds)),
                        PRESS_ITEM.PUBLISHED_ON.le(asOf))
                .asTable("ranked");
        return group(dsl.selectFrom(ranked).where(ranked.field(rank).le(DemandProgress.LATEST))
                .orderBy(ranked.field(rank))
                .fetch(r -> new Dated<>(r.get(PRESS_DEMAND.DEMAND_ID), new PressEvidence(r.get(PRESS_ITEM.ID),
                        r.get(PRESS_ITEM.PUBLISHED_ON), r.get(PRESS_ITEM.OUTLET), r.get(PRESS_ITEM.TITLE),
                        r.get(PRESS_ITEM.URL)))));
    }

    /** The demands the interactions are linked to now. */
    Set<Long> demandsOfInteractions(Collection<Long> interactionIds) {
        return dsl.selectDistinct(INTERACTION_DEMAND.DEMAND_ID).from(INTERACTION_DEMAND)
                .where(INTERACTION_DEMAND.INTERACTION_ID.eq(anyOf(interactionIds)))
                .fetchSet(INTERACTION_DEMAND.DEMAND_ID);
    }

    /** The demands the press items are linked to now. */
    Set<Long> demandsOfPress(Collection<Long> pressItemIds) {
        return dsl.selectDistinct(PRESS_DEMAND.DEMAND_ID).from(PRESS_DEMAND)
                .where(PRESS_DEMAND.PRESS_ITEM_ID.eq(anyOf(pressItemIds))).fetchSet(PRESS_DEMAND.DEMAND_ID);
    }

    /** An interaction as the dashboard may show it, with the demands it is linked to. */
    record Added(InteractionEvidence interaction, Set<Long> demandIds) {
    }

    /** A snapshot's mark and, read in it, the interactions asked for that exist in the campaign. */
    record Probe(ChangeLog.Mark mark, Map<Long, Added> added) implements ReadModel.Probe {
        @Override
        public boolean found(long interactionId) {
            return added.containsKey(interactionId);
        }
    }

    // Constant text: it runs after every write, and the driver prepares it once per connection.
    private static final String PROBE = "select " + ChangeLog.MARK_COLUMNS + """
            , i.id, i.occurred_on, i.kind::text, i.title, l.demand_id
            from (select 1) one
              left join (interaction i left join interaction_demand l on l.interaction_id = i.id)
                on i.id = any(?::bigint[]) and i.campaign_id = ?""";

    /**
     * One statement: the snapshot, the campaign's revision in it, and the interactions asked for (those logged since
     * the kept progress, which may then be merged into it without recomputing anything).
     */
    Probe probe(long campaignId, long seqBefore, Collection<Long> interactionIds) {
        Map<Long, Added> added = new HashMap<>();
        ChangeLog.Mark mark = ChangeLog.probe(dsl, PROBE, campaignId, seqBefore, interactionIds, r -> {
            long id = r.getLong(3);
            if (r.wasNull()) {
                return; // none asked for, or none exists
            }
            Added a = added.get(id);
            if (a == null) {
                a = new Added(new InteractionEvidence(id, r.getObject(4, LocalDate.class), r.getString(5),
                        r.getString(6)), new HashSet<>());
                added.put(id, a);
            }
            long demand = r.getLong(7);
            if (!r.wasNull()) {
                a.demandIds().add(demand);
            }
        });
        return new Probe(mark, added);
    }

    /** The latest interaction or press item of the whole campaign up to {@code asOf}; both use a date index. */
    Optional<LocalDate> lastActivity(long campaignId, LocalDate asOf) {
        LocalDate met = dsl.select(DSL.max(INTERACTION.OCCURRED_ON)).from(INTERACTION)
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.OCCURRED_ON.le(asOf), InteractionRepository.counted())
                .fetchOne().value1();
        LocalDate published = dsl.select(DSL.max(PRESS_ITEM.PUBLISHED_ON)).from(PRESS_ITEM)
                .where(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId), PRESS_ITEM.PUBLISHED_ON.le(asOf)).fetchOne().value1();
        return Optional.ofNullable(later(met, published));
    }

    /** The first planned milestone due on or after {@code asOf}; an offset counts back from the deadline. */
    Optional<Progress.NextMilestone> nextMilestone(long campaignId, LocalDate deadline, LocalDate asOf) {
        Field<LocalDate> due = DSL.coalesce(MILESTONE.DUE_ON, deadline == null ? DSL.castNull(LocalDate.class)
                : DSL.val(deadline).minus(MILESTONE.DAYS_BEFORE_DEADLINE)).as("due");
        var dated = dsl.select(MILESTONE.ID, MILESTONE.TITLE, due).from(MILESTONE)
                .where(MILESTONE.CAMPAIGN_ID.eq(campaignId), MILESTONE.STATUS.eq(MilestoneStatus.planned))
                .asTable("dated");
        return dsl.selectFrom(dated).where(dated.field(due).ge(asOf))
                .orderBy(dated.field(due), dated.field(MILESTONE.ID)).limit(1)
                .fetchOptional(r -> new Progress.NextMilestone(r.get(MILESTONE.ID), r.get(MILESTONE.TITLE),
                        r.get(due)));
    }

    /**
     * {@code = any(?)} with one array: a single statement text whatever the number of ids, so the driver prepares it
     * once (an {@code in} list is a new statement for each count).
     */
    static QuantifiedSelect<Record1<Long>> anyOf(Collection<Long> ids) {
        return DSL.any(ids.toArray(new Long[0]));
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static <T> Map<Long, List<T>> group(List<Dated<T>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Dated::demandId,
                Collectors.mapping(Dated::item, Collectors.toList())));
    }
}
