package org.campaigntracker.core.plan;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.MILESTONE;
import static org.campaigntracker.db.jooq.Tables.MILESTONE_DEPENDENCY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.campaigntracker.db.jooq.tables.records.MilestoneRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Milestone rows and their dependency links. Every query is scoped to one campaign. */
public final class MilestoneRepository {

    private final DSLContext dsl;

    public MilestoneRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Milestone insert(long campaignId, MilestoneDraft d) {
        return translated(() -> {
            MilestoneRecord r = dsl.insertInto(MILESTONE)
                    .set(MILESTONE.CAMPAIGN_ID, campaignId)
                    .set(MILESTONE.TITLE, d.title())
                    .set(MILESTONE.DESCRIPTION, d.description())
                    .set(MILESTONE.DUE_ON, d.dueOn())
                    .set(MILESTONE.DAYS_BEFORE_DEADLINE, d.daysBeforeDeadline())
                    .set(MILESTONE.STATUS, toDb(d.status()))
                    .set(MILESTONE.DONE_ON, d.doneOn())
                    .returning().fetchOne();
            insertDependencies(campaignId, r.getId(), d.dependsOn());
            return toDomain(r, d.dependsOn());
        });
    }

    /** Updates the row and replaces its dependencies as a whole. */
    public Milestone update(long campaignId, long id, int expectedVersion, MilestoneDraft d) {
        return translated(() -> {
            MilestoneRecord r = dsl.update(MILESTONE)
                    .set(MILESTONE.TITLE, d.title())
                    .set(MILESTONE.DESCRIPTION, d.description())
                    .set(MILESTONE.DUE_ON, d.dueOn())
                    .set(MILESTONE.DAYS_BEFORE_DEADLINE, d.daysBeforeDeadline())
                    .set(MILESTONE.STATUS, toDb(d.status()))
                    .set(MILESTONE.DONE_ON, d.doneOn())
                    .set(MILESTONE.VERSION, MILESTONE.VERSION.plus(1))
                    .set(MILESTONE.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(MILESTONE.ID.eq(id), MILESTONE.CAMPAIGN_ID.eq(campaignId),
                            MILESTONE.VERSION.eq(expectedVersion))
                    .returning().fetchOne();
            if (r == null) {
                throw missingOrStale(dsl, MILESTONE.ID, id, expectedVersion, MILESTONE.CAMPAIGN_ID.eq(campaignId));
            }
            dsl.deleteFrom(MILESTONE_DEPENDENCY).where(MILESTONE_DEPENDENCY.MILESTONE_ID.eq(id),
                    MILESTONE_DEPENDENCY.CAMPAIGN_ID.eq(campaignId)).execute();
            insertDependencies(campaignId, id, d.dependsOn());
            return toDomain(r, d.dependsOn());
        });
    }

    /** Sets the status and its date together, the pair the milestone_done_date rule ties. */
    public Milestone updateStatus(long campaignId, long id, int expectedVersion, MilestoneStatus status,
                                  LocalDate doneOn) {
        return translated(() -> {
            MilestoneRecord r = dsl.update(MILESTONE)
                    .set(MILESTONE.STATUS, toDb(status))
                    .set(MILESTONE.DONE_ON, doneOn)
                    .set(MILESTONE.VERSION, MILESTONE.VERSION.plus(1))
                    .set(MILESTONE.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(MILESTONE.ID.eq(id), MILESTONE.CAMPAIGN_ID.eq(campaignId),
                            MILESTONE.VERSION.eq(expectedVersion))
                    .returning().fetchOne();
            if (r == null) {
                throw missingOrStale(dsl, MILESTONE.ID, id, expectedVersion, MILESTONE.CAMPAIGN_ID.eq(campaignId));
            }
            return toDomain(r, dependsOn(campaignId, id));
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(MILESTONE).where(MILESTONE.ID.eq(id), MILESTONE.CAMPAIGN_ID.eq(campaignId),
                MILESTONE.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, MILESTONE.ID, id, expectedVersion, MILESTONE.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Milestone> milestone(long campaignId, long id) {
        return dsl.selectFrom(MILESTONE).where(MILESTONE.ID.eq(id), MILESTONE.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(r -> toDomain(r, dependsOn(campaignId, id)));
    }

    /** In stored order (by id); the plan orders them by effective date, which needs the deadline. */
    public List<Milestone> milestones(long campaignId) {
        Map<Long, Set<Long>> dependencies = dependencies(campaignId);
        return dsl.selectFrom(MILESTONE).where(MILESTONE.CAMPAIGN_ID.eq(campaignId)).orderBy(MILESTONE.ID)
                .fetch(r -> toDomain(r, dependencies.getOrDefault(r.getId(), Set.of())));
    }

    /** Milestone id → ids it depends on, for the whole campaign in one query. */
    public Map<Long, Set<Long>> dependencies(long campaignId) {
        Map<Long, Set<Long>> map = new HashMap<>();
        dsl.select(MILESTONE_DEPENDENCY.MILESTONE_ID, MILESTONE_DEPENDENCY.DEPENDS_ON_ID).from(MILESTONE_DEPENDENCY)
                .where(MILESTONE_DEPENDENCY.CAMPAIGN_ID.eq(campaignId))
                .forEach(r -> map.computeIfAbsent(r.value1(), k -> new TreeSet<>()).add(r.value2()));
        return map;
    }

    private Set<Long> dependsOn(long campaignId, long id) {
        return Set.copyOf(dsl.select(MILESTONE_DEPENDENCY.DEPENDS_ON_ID).from(MILESTONE_DEPENDENCY)
                .where(MILESTONE_DEPENDENCY.MILESTONE_ID.eq(id), MILESTONE_DEPENDENCY.CAMPAIGN_ID.eq(campaignId))
                .fetch(MILESTONE_DEPENDENCY.DEPENDS_ON_ID));
    }

    private void insertDependencies(long campaignId, long id, Set<Long> dependsOn) {
        if (dependsOn.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(MILESTONE_DEPENDENCY, MILESTONE_DEPENDENCY.MILESTONE_ID,
                MILESTONE_DEPENDENCY.DEPENDS_ON_ID, MILESTONE_DEPENDENCY.CAMPAIGN_ID);
        for (long dependency : dependsOn) {
            insert = insert.values(id, dependency, campaignId);
        }
        insert.execute();
    }


    private static org.campaigntracker.db.jooq.enums.MilestoneStatus toDb(MilestoneStatus status) {
        return org.campaigntracker.db.jooq.enums.MilestoneStatus.valueOf(status.name());
    }

    static Milestone toDomain(MilestoneRecord r, Set<Long> dependsOn) {
        return new Milestone(r.getId(), r.getCampaignId(), r.getTitle(), r.getDescription(), r.getDueOn(),
                r.getDaysBeforeDeadline(), MilestoneStatus.valueOf(r.getStatus().name()), r.getDoneOn(), dependsOn,
                r.getVersion());
    }
}
