package org.campaigntracker.core.publish;

import org.campaigntracker.core.interaction.InteractionRepository;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN;
import static org.campaigntracker.db.jooq.Tables.COMMITMENT;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.MILESTONE;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION_COUNT;
import static org.campaigntracker.db.jooq.Tables.POSITION;
import static org.campaigntracker.db.jooq.Tables.PRESS_ITEM;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentRepository;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.publish.PublicView.Source;
import org.campaigntracker.db.jooq.tables.records.CommitmentRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The public flags and the public rows. Every read here filters on {@code public}: nothing private is read, so
 * nothing private can reach the view by mistake.
 */
final class PublishRepository {

    private final DSLContext dsl;

    PublishRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A public position, with its evidence as ids. */
    record PositionRow(long id, long stakeholderId, long demandId, PositionLevel level, java.time.LocalDate statedOn,
                       Long interactionId, Long pressItemId, String document) {
    }

    record MilestoneRow(long id, String title, String description, java.time.LocalDate dueOn,
                        Integer daysBeforeDeadline, String status, java.time.LocalDate doneOn) {
    }

    /** Sets the flag of one row of the campaign; false when the campaign has no such row. */
    boolean mark(long campaignId, PublicKind kind, long id, boolean value) {
        Table<?> table = table(kind);
        return dsl.update(table)
                .set(flag(table), value)
                .set(field(table, "version", Integer.class), field(table, "version", Integer.class).plus(1))
                .set(field(table, "updated_at", OffsetDateTime.class), DSL.currentOffsetDateTime())
                .where(field(table, "id", Long.class).eq(id), field(table, "campaign_id", Long.class).eq(campaignId))
                .execute() > 0;
    }

    /** The ids of a kind marked public in the campaign. */
    java.util.Set<Long> marked(long campaignId, PublicKind kind) {
        Table<?> table = table(kind);
        return new java.util.HashSet<>(dsl.select(field(table, "id", Long.class)).from(table)
                .where(field(table, "campaign_id", Long.class).eq(campaignId), flag(table).isTrue())
                .fetch(0, Long.class));
    }

    void setPublishedAt(long campaignId, OffsetDateTime at) {
        dsl.update(CAMPAIGN).set(CAMPAIGN.PUBLISHED_AT, at).set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
                .set(CAMPAIGN.UPDATED_AT, DSL.currentOffsetDateTime()).where(CAMPAIGN.ID.eq(campaignId)).execute();
    }

    OffsetDateTime publishedAt(long campaignId) {
        return dsl.select(CAMPAIGN.PUBLISHED_AT).from(CAMPAIGN).where(CAMPAIGN.ID.eq(campaignId)).fetchOne(0,
                OffsetDateTime.class);
    }

    /** The latest change to a public row or to the campaign itself. */
    OffsetDateTime lastUpdated(long campaignId) {
        var latest = DSL.select(CAMPAIGN.UPDATED_AT.as("at")).from(CAMPAIGN).where(CAMPAIGN.ID.eq(campaignId))
                .unionAll(DSL.select(DSL.max(POSITION.UPDATED_AT)).from(POSITION)
                        .where(POSITION.CAMPAIGN_ID.eq(campaignId), POSITION.PUBLIC.isTrue()))
                .unionAll(DSL.select(DSL.max(COMMITMENT.UPDATED_AT)).from(COMMITMENT)
                        .where(COMMITMENT.CAMPAIGN_ID.eq(campaignId), COMMITMENT.PUBLIC.isTrue()))
                .unionAll(DSL.select(DSL.max(PRESS_ITEM.UPDATED_AT)).from(PRESS_ITEM)
                        .where(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId), PRESS_ITEM.PUBLIC.isTrue()))
                .unionAll(DSL.select(DSL.max(MILESTONE.UPDATED_AT)).from(MILESTONE)
                        .where(MILESTONE.CAMPAIGN_ID.eq(campaignId), MILESTONE.PUBLIC.isTrue()))
                .unionAll(DSL.select(DSL.max(MOBILISATION.UPDATED_AT)).from(MOBILISATION)
                        .where(MOBILISATION.CAMPAIGN_ID.eq(campaignId), MOBILISATION.PUBLIC.isTrue()));
        return dsl.select(DSL.max(latest.field("at", OffsetDateTime.class))).from(latest).fetchOne(0,
                OffsetDateTime.class);
    }

    List<PositionRow> positions(long campaignId) {
        return dsl.selectFrom(POSITION).where(POSITION.CAMPAIGN_ID.eq(campaignId), POSITION.PUBLIC.isTrue())
                .orderBy(POSITION.STATED_ON, POSITION.ID)
                .fetch(r -> new PositionRow(r.getId(), r.getStakeholderId(), r.getDemandId(),
                        PositionLevel.valueOf(r.getLevel().name()), r.getStatedOn(), r.getEvidenceInteractionId(),
                        r.getEvidencePressItemId(), r.getEvidenceDocument()));
    }

    List<Commitment> commitments(long campaignId) {
        return dsl.selectFrom(COMMITMENT).where(COMMITMENT.CAMPAIGN_ID.eq(campaignId), COMMITMENT.PUBLIC.isTrue())
                .orderBy(COMMITMENT.MADE_ON, COMMITMENT.ID).fetch(PublishRepository::commitment);
    }

    List<PublicView.PressView> press(long campaignId) {
        return dsl.selectFrom(PRESS_ITEM).where(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId), PRESS_ITEM.PUBLIC.isTrue())
                .orderBy(PRESS_ITEM.PUBLISHED_ON.desc(), PRESS_ITEM.ID.desc())
                .fetch(r -> new PublicView.PressView(r.getId(), r.getOutlet(), r.getMedium().getLiteral(),
                        r.getPublishedOn(), r.getTitle(), r.getUrl()));
    }

    List<MilestoneRow> milestones(long campaignId) {
        return dsl.selectFrom(MILESTONE).where(MILESTONE.CAMPAIGN_ID.eq(campaignId), MILESTONE.PUBLIC.isTrue())
                .orderBy(MILESTONE.ID)
                .fetch(r -> new MilestoneRow(r.getId(), r.getTitle(), r.getDescription(), r.getDueOn(),
                        r.getDaysBeforeDeadline(), r.getStatus().getLiteral(), r.getDoneOn()));
    }

    /** Public mobilisations with their latest count, newest launch first; targets and answers stay private. */
    List<PublicView.MobilisationView> mobilisations(long campaignId) {
        var latest = DSL.select(MOBILISATION_COUNT.COUNT, MOBILISATION_COUNT.COUNTED_ON).from(MOBILISATION_COUNT)
                .where(MOBILISATION_COUNT.MOBILISATION_ID.eq(MOBILISATION.ID))
                .orderBy(MOBILISATION_COUNT.COUNTED_ON.desc()).limit(1).asTable("latest");
        return dsl.select(MOBILISATION.ID, MOBILISATION.TITLE, MOBILISATION.KIND, MOBILISATION.LAUNCHED_ON,
                        latest.field(MOBILISATION_COUNT.COUNT), latest.field(MOBILISATION_COUNT.COUNTED_ON),
                        MOBILISATION.DELIVERED_ON)
                .from(MOBILISATION).leftJoin(DSL.lateral(latest)).on(DSL.trueCondition())
                .where(MOBILISATION.CAMPAIGN_ID.eq(campaignId), MOBILISATION.PUBLIC.isTrue())
                .orderBy(MOBILISATION.LAUNCHED_ON.desc(), MOBILISATION.ID.desc())
                .fetch(r -> new PublicView.MobilisationView(r.value1(), r.value2(),
                        MobilisationKind.valueOf(r.value3().getLiteral()),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Where each interaction took place, as a source: its kind, title and date (never its place or summary). */
    Map<Long, Source> interactions(long campaignId, Collection<Long> ids) {
        return dsl.select(INTERACTION.ID, INTERACTION.KIND, INTERACTION.TITLE, INTERACTION.OCCURRED_ON)
                .from(INTERACTION).where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.ID.in(ids),
                        InteractionRepository.counted())
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> new Source(
                        r.value2().getLiteral().toLowerCase(java.util.Locale.ROOT), r.value3(), null, r.value4())));
    }

    /** Press items cited as evidence: outlet, title, address and date (never the journalist or the summary). */
    Map<Long, Source> pressSources(long campaignId, Collection<Long> ids) {
        return dsl.select(PRESS_ITEM.ID, PRESS_ITEM.OUTLET, PRESS_ITEM.TITLE, PRESS_ITEM.URL, PRESS_ITEM.PUBLISHED_ON)
                .from(PRESS_ITEM).where(PRESS_ITEM.CAMPAIGN_ID.eq(campaignId), PRESS_ITEM.ID.in(ids))
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> new Source("press",
                        r.value2() + ": " + r.value3(), r.value4(), r.value5())));
    }

    private static Commitment commitment(CommitmentRecord r) {
        return CommitmentRepository.toDomain(r);
    }

    private static Table<?> table(PublicKind kind) {
        return switch (kind) {
            case position -> POSITION;
            case commitment -> COMMITMENT;
            case press -> PRESS_ITEM;
            case milestone -> MILESTONE;
            case mobilisation -> MOBILISATION;
        };
    }

    @SuppressWarnings("unchecked")
    private static TableField<?, Boolean> flag(Table<?> table) {
        return (TableField<?, Boolean>) table.field("public");
    }

    private static <T> Field<T> field(Table<?> table, String name, Class<T> type) {
        return table.field(name, type);
    }
}
