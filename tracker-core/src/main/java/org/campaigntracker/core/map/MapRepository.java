package org.campaigntracker.core.map;

import org.campaigntracker.core.interaction.InteractionRepository;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_PARTICIPANT;
import static org.campaigntracker.db.jooq.Tables.POSITION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The aggregates the map needs beyond stakeholders and relationships, each in one grouped query per campaign. */
final class MapRepository {

    /** How often and how recently we met a stakeholder. */
    record Engagement(int interactions, LocalDate lastContact) {
    }

    private final DSLContext dsl;

    MapRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Interactions up to {@code asOf} per stakeholder who took part in any. */
    Map<Long, Engagement> engagement(long campaignId, LocalDate asOf) {
        Field<Integer> count = DSL.count();
        Field<LocalDate> last = DSL.max(INTERACTION.OCCURRED_ON);
        Map<Long, Engagement> result = new HashMap<>();
        dsl.select(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, count, last)
                .from(INTERACTION_PARTICIPANT)
                .join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_PARTICIPANT.INTERACTION_ID))
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.OCCURRED_ON.le(asOf),
                        InteractionRepository.counted())
                .groupBy(INTERACTION_PARTICIPANT.STAKEHOLDER_ID)
                .forEach(r -> result.put(r.value1(), new Engagement(r.value2(), r.value3())));
        return result;
    }

    /**
     * The themes each stakeholder is involved in: those of the demands they stated a position on or discussed with
     * us. One query, both sources united, so the theme filter of the map costs nothing per node.
     */
    Map<Long, List<Long>> themes(long campaignId) {
        var fromPositions = dsl.selectDistinct(POSITION.STAKEHOLDER_ID, DEMAND.THEME_ID)
                .from(POSITION).join(DEMAND).on(DEMAND.ID.eq(POSITION.DEMAND_ID))
                .where(POSITION.CAMPAIGN_ID.eq(campaignId));
        var fromInteractions = dsl.selectDistinct(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, DEMAND.THEME_ID)
                .from(INTERACTION_PARTICIPANT)
                .join(INTERACTION_DEMAND).on(INTERACTION_DEMAND.INTERACTION_ID
                        .eq(INTERACTION_PARTICIPANT.INTERACTION_ID))
                .join(DEMAND).on(DEMAND.ID.eq(INTERACTION_DEMAND.DEMAND_ID))
                .join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_PARTICIPANT.INTERACTION_ID))
                .where(INTERACTION_PARTICIPANT.CAMPAIGN_ID.eq(campaignId), InteractionRepository.counted());
        Map<Long, List<Long>> result = new HashMap<>();
        fromPositions.union(fromInteractions).forEach(r ->
                result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        result.values().forEach(ids -> ids.sort(null));
        return result;
    }
}
