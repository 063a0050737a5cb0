package org.campaigntracker.core.stakeholder;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.db.jooq.tables.records.StakeholderRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;

/** Stakeholder rows, read together with the name of their organisation. Every query is scoped to one campaign. */
public final class StakeholderRepository {

    private static final org.campaigntracker.db.jooq.tables.Stakeholder ORG = STAKEHOLDER.as("org");
    private static final Field<String> ORG_NAME = ORG.NAME.as("organisation_name");

    private final DSLContext dsl;

    public StakeholderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Stakeholder insert(long campaignId, StakeholderDraft d) {
        long id = translated(() -> dsl.insertInto(STAKEHOLDER)
                .set(STAKEHOLDER.CAMPAIGN_ID, campaignId)
                .set(columns(d))
                .returning(STAKEHOLDER.ID).fetchOne(STAKEHOLDER.ID));
        return stakeholder(campaignId, id).orElseThrow();
    }

    public Stakeholder update(long campaignId, long id, int expectedVersion, StakeholderDraft d) {
        int n = translated(() -> dsl.update(STAKEHOLDER)
                .set(columns(d))
                .set(STAKEHOLDER.VERSION, STAKEHOLDER.VERSION.plus(1))
                .set(STAKEHOLDER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(STAKEHOLDER.ID.eq(id), STAKEHOLDER.CAMPAIGN_ID.eq(campaignId),
                        STAKEHOLDER.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, STAKEHOLDER.ID, id, expectedVersion, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId));
        }
        return stakeholder(campaignId, id).orElseThrow();
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(STAKEHOLDER)
                .where(STAKEHOLDER.ID.eq(id), STAKEHOLDER.CAMPAIGN_ID.eq(campaignId),
                        STAKEHOLDER.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, STAKEHOLDER.ID, id, expectedVersion, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Stakeholder> stakeholder(long campaignId, long id) {
        return select().where(STAKEHOLDER.ID.eq(id), STAKEHOLDER.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional().map(StakeholderRepository::toStakeholder);
    }

    public boolean exists(long campaignId, long id) {
        return dsl.fetchExists(STAKEHOLDER, STAKEHOLDER.ID.eq(id), STAKEHOLDER.CAMPAIGN_ID.eq(campaignId));
    }

    /** Sorted by normalised name, so "Défenseur des droits" sits among the d's. */
    public List<Stakeholder> stakeholders(long campaignId, StakeholderFilter filter) {
        return ordered(campaignId, filter).fetch(StakeholderRepository::toStakeholder);
    }

    /** One page of {@link #stakeholders(long, StakeholderFilter)}, cut by the database. */
    public List<Stakeholder> stakeholders(long campaignId, StakeholderFilter filter, Page page) {
        return ordered(campaignId, filter).limit(page.limit()).offset(page.offset())
                .fetch(StakeholderRepository::toStakeholder);
    }

    private SelectSeekStep2<Record, String, Long> ordered(long campaignId, StakeholderFilter filter) {
        return select().where(conditions(campaignId, filter)).orderBy(STAKEHOLDER.NAME_KEY, STAKEHOLDER.ID);
    }

    private static List<Condition> conditions(long campaignId, StakeholderFilter filter) {
        List<Condition> where = new ArrayList<>(List.of(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId)));
        if (filter.category() != null) {
            where.add(STAKEHOLDER.CATEGORY.eq(dbCategory(filter.category())));
        }
        if (filter.minPower() != null) {
            where.add(STAKEHOLDER.POWER.ge(filter.minPower().shortValue()));
        }
        if (filter.organisationId() != null) {
            where.add(STAKEHOLDER.ORGANISATION_ID.eq(filter.organisationId()));
        }
        return where;
    }

    /** Whether another stakeholder already has this normalised name in this organisation (or in none). */
    public boolean identityTaken(long campaignId, String name, Long organisationId, Long exceptId) {
        return dsl.fetchExists(STAKEHOLDER, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId),
                STAKEHOLDER.NAME_KEY.eq(Names.key(name)),
                organisationId == null ? STAKEHOLDER.ORGANISATION_ID.isNull()
                        : STAKEHOLDER.ORGANISATION_ID.eq(organisationId),
                exceptId == null ? DSL.noCondition() : STAKEHOLDER.ID.ne(exceptId));
    }

    /** Whether any stakeholder names this one as its organisation. */
    public boolean hasMembers(long campaignId, long organisationId) {
        return dsl.fetchExists(STAKEHOLDER, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId),
                STAKEHOLDER.ORGANISATION_ID.eq(organisationId));
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(STAKEHOLDER.fields()).select(ORG_NAME)
                .from(STAKEHOLDER).leftJoin(ORG).on(organisationOf(ORG));
    }

    /**
     * Joins {@code org} as the organisation of {@code STAKEHOLDER}, on both columns of the foreign key: joined on the
     * id alone, PostgreSQL hashed every stakeholder of every campaign (72 ms per list over 100,000) instead of the
     * campaign's own.
     */
    public static Condition organisationOf(org.campaigntracker.db.jooq.tables.Stakeholder org) {
        return org.ID.eq(STAKEHOLDER.ORGANISATION_ID).and(org.CAMPAIGN_ID.eq(STAKEHOLDER.CAMPAIGN_ID));
    }

    private static Map<Field<?>, Object> columns(StakeholderDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(STAKEHOLDER.KIND, org.campaigntracker.db.jooq.enums.StakeholderKind.valueOf(d.kind().name()));
        m.put(STAKEHOLDER.NAME, d.name());
        m.put(STAKEHOLDER.NAME_KEY, Names.key(d.name()));
        m.put(STAKEHOLDER.FUNCTION_TITLE, d.function());
        m.put(STAKEHOLDER.ORGANISATION_ID, d.organisationId());
        m.put(STAKEHOLDER.CATEGORY, dbCategory(d.category()));
        m.put(STAKEHOLDER.POWER, d.power().shortValue());
        m.put(STAKEHOLDER.STANCE, d.stance().shortValue());
        m.put(STAKEHOLDER.NOTES, d.notes());
        return m;
    }

    private static org.campaigntracker.db.jooq.enums.StakeholderCategory dbCategory(StakeholderCategory c) {
        return org.campaigntracker.db.jooq.enums.StakeholderCategory.valueOf(c.name());
    }


    private static Stakeholder toStakeholder(Record row) {
        StakeholderRecord r = row.into(STAKEHOLDER);
        return new Stakeholder(r.getId(), r.getCampaignId(), StakeholderKind.valueOf(r.getKind().name()), r.getName(),
                r.getFunctionTitle(), r.getOrganisationId(), row.get(ORG_NAME),
                StakeholderCategory.valueOf(r.getCategory().name()), r.getPower(), r.getStance(), r.getNotes(),
                r.getUpdatedAt(), r.getVersion());
    }
}
