package org.campaigntracker.core.mobilisation;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.allExist;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION_COUNT;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION_DEMAND;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION_TARGET;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.MobilisationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Mobilisation rows, their demand and target links and their counts. Every query is scoped to one campaign. */
public final class MobilisationRepository {

    private final DSLContext dsl;

    public MobilisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(long campaignId, MobilisationDraft d) {
        return translated(() -> {
            long id = dsl.insertInto(MOBILISATION)
                    .set(MOBILISATION.CAMPAIGN_ID, campaignId)
                    .set(MOBILISATION.TITLE, d.title())
                    .set(MOBILISATION.KIND, toDb(d.kind()))
                    .set(MOBILISATION.LAUNCHED_ON, d.launchedOn())
                    .returning(MOBILISATION.ID).fetchOne(MOBILISATION.ID);
            insertLinks(campaignId, id, d);
            return id;
        });
    }

    /** Replaces the described fields and the links as a whole; counts and delivery stay. */
    public void update(long campaignId, long id, int expectedVersion, MobilisationDraft d) {
        translated(() -> {
            bump(campaignId, id, expectedVersion, dsl.update(MOBILISATION)
                    .set(MOBILISATION.TITLE, d.title())
                    .set(MOBILISATION.KIND, toDb(d.kind()))
                    .set(MOBILISATION.LAUNCHED_ON, d.launchedOn()));
            dsl.deleteFrom(MOBILISATION_DEMAND).where(MOBILISATION_DEMAND.MOBILISATION_ID.eq(id)).execute();
            dsl.deleteFrom(MOBILISATION_TARGET).where(MOBILISATION_TARGET.MOBILISATION_ID.eq(id)).execute();
            insertLinks(campaignId, id, d);
            return null;
        });
    }

    public void deliver(long campaignId, long id, int expectedVersion, Delivery d) {
        translated(() -> bump(campaignId, id, expectedVersion, dsl.update(MOBILISATION)
                .set(MOBILISATION.DELIVERED_ON, d == null ? null : d.on())
                .set(MOBILISATION.DELIVERED_TO_ID, d == null ? null : d.toId())
                .set(MOBILISATION.RESPONSE_INTERACTION_ID, d == null ? null : d.responseInteractionId())));
    }

    /** Writes the counts (replacing any on the same days) and raises the mobilisation's version once. */
    public void putCounts(long campaignId, long id, int expectedVersion, Collection<MobilisationCount> counts) {
        translated(() -> {
            bump(campaignId, id, expectedVersion, dsl.update(MOBILISATION));
            if (counts.isEmpty()) {
                return null;
            }
            var insert = dsl.insertInto(MOBILISATION_COUNT, MOBILISATION_COUNT.MOBILISATION_ID,
                    MOBILISATION_COUNT.CAMPAIGN_ID, MOBILISATION_COUNT.COUNTED_ON, MOBILISATION_COUNT.COUNT);
            for (MobilisationCount c : counts) {
                insert = insert.values(id, campaignId, c.countedOn(), c.count());
            }
            insert.onConflict(MOBILISATION_COUNT.MOBILISATION_ID, MOBILISATION_COUNT.COUNTED_ON)
                    .doUpdate().set(MOBILISATION_COUNT.COUNT, DSL.excluded(MOBILISATION_COUNT.COUNT)).execute();
            return null;
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = dsl.deleteFrom(MOBILISATION).where(MOBILISATION.ID.eq(id), MOBILISATION.CAMPAIGN_ID.eq(campaignId),
                MOBILISATION.VERSION.eq(expectedVersion)).execute();
        if (n == 0) {
            throw missingOrStale(dsl, MOBILISATION.ID, id, expectedVersion, MOBILISATION.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Mobilisation> find(long campaignId, long id) {
        return load(campaignId, MOBILISATION.ID.eq(id)).stream().findFirst();
    }

    /** Newest launch first. */
    public List<Mobilisation> list(long campaignId) {
        return load(campaignId, DSL.noCondition());
    }

    public boolean demandsExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, DEMAND.ID, DEMAND.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean stakeholdersExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, STAKEHOLDER.ID, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId), ids);
    }

    /** The interaction's kind in the database spelling, if it is one of this campaign's. */
    public Optional<String> interactionKind(long campaignId, long interactionId) {
        return dsl.select(INTERACTION.KIND).from(INTERACTION)
                .where(INTERACTION.ID.eq(interactionId), INTERACTION.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional(r -> r.value1().getLiteral());
    }

    private List<Mobilisation> load(long campaignId, Condition which) {
        List<MobilisationRecord> rows = dsl.selectFrom(MOBILISATION)
                .where(MOBILISATION.CAMPAIGN_ID.eq(campaignId), which)
                .orderBy(MOBILISATION.LAUNCHED_ON.desc(), MOBILISATION.ID.desc()).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(MobilisationRecord::getId).toList();
        Map<Long, List<Long>> demands = new HashMap<>();
        dsl.select(MOBILISATION_DEMAND.MOBILISATION_ID, MOBILISATION_DEMAND.DEMAND_ID).from(MOBILISATION_DEMAND)
                .where(MOBILISATION_DEMAND.MOBILISATION_ID.in(ids)).orderBy(MOBILISATION_DEMAND.DEMAND_ID)
                .forEach(r -> demands.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<Long>> targets = new HashMap<>();
        dsl.select(MOBILISATION_TARGET.MOBILISATION_ID, MOBILISATION_TARGET.STAKEHOLDER_ID).from(MOBILISATION_TARGET)
                .where(MOBILISATION_TARGET.MOBILISATION_ID.in(ids)).orderBy(MOBILISATION_TARGET.STAKEHOLDER_ID)
                .forEach(r -> targets.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<MobilisationCount>> counts = new HashMap<>();
        dsl.select(MOBILISATION_COUNT.MOBILISATION_ID, MOBILISATION_COUNT.COUNTED_ON, MOBILISATION_COUNT.COUNT)
                .from(MOBILISATION_COUNT).where(MOBILISATION_COUNT.MOBILISATION_ID.in(ids))
                .orderBy(MOBILISATION_COUNT.COUNTED_ON)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new MobilisationCount(r.value2(), r.value3())));
        return rows.stream().map(r -> new Mobilisation(r.getId(), r.getCampaignId(), r.getTitle(),
                MobilisationKind.valueOf(r.getKind().getLiteral()), r.getLaunchedOn(),
                demands.getOrDefault(r.getId(), List.of()), targets.getOrDefault(r.getId(), List.of()),
                r.getDeliveredOn() == null ? null
                        : new Delivery(r.getDeliveredOn(), r.getDeliveredToId(), r.getResponseInteractionId()),
                r.getPublic(), counts.getOrDefault(r.getId(), List.of()), r.getVersion())).toList();
    }

    private void insertLinks(long campaignId, long id, MobilisationDraft d) {
        if (!d.demandIds().isEmpty()) {
            var insert = dsl.insertInto(MOBILISATION_DEMAND, MOBILISATION_DEMAND.MOBILISATION_ID,
                    MOBILISATION_DEMAND.DEMAND_ID, MOBILISATION_DEMAND.CAMPAIGN_ID);
            for (long demand : d.demandIds()) {
                insert = insert.values(id, demand, campaignId);
            }
            insert.execute();
        }
        if (!d.targetIds().isEmpty()) {
            var insert = dsl.insertInto(MOBILISATION_TARGET, MOBILISATION_TARGET.MOBILISATION_ID,
                    MOBILISATION_TARGET.STAKEHOLDER_ID, MOBILISATION_TARGET.CAMPAIGN_ID);
            for (long target : d.targetIds()) {
                insert = insert.values(id, target, campaignId);
            }
            insert.execute();
        }
    }

    /** Runs the update with the version check and bump every write of a mobilisation shares. */
    private Void bump(long campaignId, long id, int expectedVersion,
                      org.jooq.UpdateSetStep<MobilisationRecord> update) {
        int n = update.set(MOBILISATION.VERSION, MOBILISATION.VERSION.plus(1))
                .set(MOBILISATION.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(MOBILISATION.ID.eq(id), MOBILISATION.CAMPAIGN_ID.eq(campaignId),
                        MOBILISATION.VERSION.eq(expectedVersion))
                .execute();
        if (n == 0) {
            throw missingOrStale(dsl, MOBILISATION.ID, id, expectedVersion, MOBILISATION.CAMPAIGN_ID.eq(campaignId));
        }
        return null;
    }

    private static org.campaigntracker.db.jooq.enums.MobilisationKind toDb(MobilisationKind kind) {
        return org.campaigntracker.db.jooq.enums.MobilisationKind.valueOf(kind.code());
    }
}
