package org.campaigntracker.core.activity;

import org.campaigntracker.core.interaction.InteractionRepository;
import static org.campaigntracker.db.jooq.Tables.COMMITMENT;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_PARTICIPANT;
import static org.campaigntracker.db.jooq.Tables.MILESTONE;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION_DEMAND;
import static org.campaigntracker.db.jooq.Tables.MOBILISATION_TARGET;
import static org.campaigntracker.db.jooq.Tables.OUTREACH;
import static org.campaigntracker.db.jooq.Tables.OUTREACH_DEMAND;
import static org.campaigntracker.db.jooq.Tables.POSITION;
import static org.campaigntracker.db.jooq.Tables.PRESS_DEMAND;
import static org.campaigntracker.db.jooq.Tables.PRESS_ITEM;
import static org.campaigntracker.db.jooq.Tables.PRESS_QUOTE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.store.ChangeLog;
import org.campaigntracker.core.store.ReadModel;
import org.campaigntracker.db.jooq.enums.MilestoneStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record8;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** One union over the dated tables; each branch is filtered before the union so its date index can serve it. */
final class ActivityRepository {

    private static final Field<String> KIND = DSL.field("kind", String.class);
    private static final Field<LocalDate> ON = DSL.field("on_date", LocalDate.class);
    private static final Field<Long> ID = DSL.field("id", Long.class);
    private static final Field<String> TITLE = DSL.field("title", String.class);
    private static final Field<String> DETAIL = DSL.field("detail", String.class);
    private static final Field<String> PUBLIC_DETAIL = DSL.field("public_detail", String.class);
    private static final Field<Long> DEMAND_ID = DSL.field("demand_id", Long.class);
    private static final Field<Long> STAKEHOLDER_ID = DSL.field("stakeholder_id", Long.class);

    private final DSLContext dsl;

    ActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ActivityEntry> feed(long campaignId, boolean personalData, ActivityFilter f, Page page) {
        return entries(campaignId, rows(campaignId, personalData, f, page)).stream()
                .map(e -> e.shown(personalData)).toList();
    }

    /** The campaign's newest entries, commitments included, with both the private and the public detail. */
    List<FeedEntry> newest(long campaignId, int count) {
        return entries(campaignId, rows(campaignId, true, ActivityFilter.all(), new Page(count, 0)));
    }

    private List<FeedEntry> entries(long campaignId, Result<Record> rows) {
        Map<Long, FeedEntry.Authors> authors = authors(campaignId, rows.stream()
                .filter(r -> r.get(KIND).equals(ActivityKind.interaction.name())).map(r -> r.get(ID)).toList());
        return rows.map(r -> new FeedEntry(ActivityKind.valueOf(r.get(KIND)), r.get(ON), r.get(ID), r.get(TITLE),
                r.get(DETAIL), r.get(PUBLIC_DETAIL), r.get(DEMAND_ID), r.get(STAKEHOLDER_ID),
                r.get(KIND).equals(ActivityKind.interaction.name())
                        ? authors.getOrDefault(r.get(ID), FeedEntry.Authors.NONE) : FeedEntry.Authors.NONE));
    }

    // Who made and who logged each interaction: one query for a page, by primary key.
    private static final String AUTHORS = """
            select i.id, o.name, coalesce(m.display_name, l.name), l.name
            from interaction i
            left join stakeholder o on o.id = i.organisation_id
            left join member m on m.id = i.logged_by_member_id
            left join stakeholder l on l.id = i.logged_by_organisation_id
            where i.id = any(?::bigint[]) and i.campaign_id = ?""";

    private Map<Long, FeedEntry.Authors> authors(long campaignId, List<Long> interactionIds) {
        Map<Long, FeedEntry.Authors> found = new HashMap<>();
        if (interactionIds.isEmpty()) {
            return found;
        }
        dsl.connection(c -> {
            try (var st = c.prepareStatement(AUTHORS)) {
                st.setString(1, interactionIds.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")));
                st.setLong(2, campaignId);
                try (var r = st.executeQuery()) {
                    while (r.next()) {
                        found.put(r.getLong(1), new FeedEntry.Authors(r.getString(2), r.getString(3),
                                r.getString(4)));
                    }
                }
            }
        });
        return found;
    }

    /**
     * A snapshot's mark and, read in it, which of the interactions asked for exist in the campaign ({@code seen})
     * and the entries of those the feed shows (held ones: a planned meeting is not yet activity).
     */
    record Probe(ChangeLog.Mark mark, java.util.Set<Long> seen, Map<Long, FeedEntry> interactions)
            implements ReadModel.Probe {
        @Override
        public boolean found(long interactionId) {
            return seen.contains(interactionId);
        }
    }

    // Constant text: it runs after every write, and the driver prepares it once per connection.
    private static final String PROBE = "select " + ChangeLog.MARK_COLUMNS + """
            , i.id, i.occurred_on, i.title, i.summary, i.public_summary,
            i.status = 'held' and i.rejected_at is null, o.name, coalesce(m.display_name, l.name), l.name
            from (select 1) one left join interaction i on i.id = any(?::bigint[]) and i.campaign_id = ?
            left join stakeholder o on o.id = i.organisation_id
            left join member m on m.id = i.logged_by_member_id
            left join stakeholder l on l.id = i.logged_by_organisation_id""";

    /** One statement: the snapshot, the campaign's revision in it and the interactions asked for. */
    Probe probe(long campaignId, long seqBefore, Collection<Long> interactionIds) {
        Map<Long, FeedEntry> found = new HashMap<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        ChangeLog.Mark mark = ChangeLog.probe(dsl, PROBE, campaignId, seqBefore, interactionIds, r -> {
            long id = r.getLong(3);
            if (!r.wasNull()) {
                seen.add(id);
                if (r.getBoolean(8)) {
                    String summary = r.getString(6);
                    String publicSummary = r.getString(7);
                    found.put(id, new FeedEntry(ActivityKind.interaction, r.getObject(4, LocalDate.class), id,
                            r.getString(5), summary != null ? summary : publicSummary, publicSummary, null, null,
                            new FeedEntry.Authors(r.getString(9), r.getString(10), r.getString(11))));
                }
            }
        });
        return new Probe(mark, seen, found);
    }

    private Result<Record> rows(long campaignId, boolean personalData, ActivityFilter f, Page page) {
        // Each branch keeps only its own newest rows the page can need (its date index serves that directly), so the
        // union sorts a page's worth per kind instead of the campaign's whole history.
        long wanted = (long) page.offset() + page.limit(); // an offset near the int limit must not wrap
        List<Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>>> branches = new ArrayList<>();
        if (wants(f, ActivityKind.interaction)) {
            branches.add(interactions(campaignId, personalData, f, wanted));
        }
        if (wants(f, ActivityKind.press_item)) {
            branches.add(press(campaignId, f, wanted));
        }
        if (wants(f, ActivityKind.position)) {
            branches.add(positions(campaignId, f, wanted));
        }
        if (personalData && wants(f, ActivityKind.commitment)) {
            branches.add(commitments(campaignId, f, wanted));
        }
        if (wants(f, ActivityKind.milestone) && f.demandId() == null && f.stakeholderId() == null) {
            branches.add(milestones(campaignId, f, wanted));
        }
        if (wants(f, ActivityKind.mobilisation)) {
            branches.add(mobilisations(campaignId, f, wanted));
        }
        // Never by stakeholder: a send's stakeholders are journalists, people a partner must not learn were written to.
        if (wants(f, ActivityKind.outreach) && f.stakeholderId() == null) {
            branches.add(outreach(campaignId, f, wanted));
        }
        if (branches.isEmpty()) {
            return dsl.newResult();
        }
        var union = branches.get(0);
        for (int i = 1; i < branches.size(); i++) {
            union = union.unionAll(branches.get(i));
        }
        var all = union.asTable("activity");
        return dsl.select(all.fields()).from(all)
                .orderBy(all.field(ON).desc(), all.field(KIND), all.field(ID).desc())
                .limit(page.limit()).offset(page.offset())
                .fetch();
    }

    private static boolean wants(ActivityFilter f, ActivityKind kind) {
        return f.kind() == null || f.kind() == kind;
    }

    private Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>> interactions(
            long campaignId, boolean personalData, ActivityFilter f, long wanted) {
        Condition c = INTERACTION.CAMPAIGN_ID.eq(campaignId).and(dates(INTERACTION.OCCURRED_ON, f))
                .and(InteractionRepository.counted());
        if (f.demandId() != null) {
            c = c.andExists(DSL.selectOne().from(INTERACTION_DEMAND).where(
                    INTERACTION_DEMAND.INTERACTION_ID.eq(INTERACTION.ID), INTERACTION_DEMAND.DEMAND_ID.eq(f.demandId())));
        }
        if (f.stakeholderId() != null) {
            c = c.andExists(DSL.selectOne().from(INTERACTION_PARTICIPANT).where(
                    INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID),
                    INTERACTION_PARTICIPANT.STAKEHOLDER_ID.eq(f.stakeholderId())));
        }
        Field<String> detail = personalData ? DSL.coalesce(INTERACTION.SUMMARY, INTERACTION.PUBLIC_SUMMARY)
                : INTERACTION.PUBLIC_SUMMARY;
        return dsl.select(DSL.inline("interaction").as(KIND), INTERACTION.OCCURRED_ON.as(ON), INTERACTION.ID.as(ID),
                INTERACTION.TITLE.as(TITLE), detail.as(DETAIL), INTERACTION.PUBLIC_SUMMARY.as(PUBLIC_DETAIL),
                DSL.castNull(Long.class).as(DEMAND_ID),
                DSL.castNull(Long.class).as(STAKEHOLDER_ID)).from(INTERACTION).where(c)
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.ID.desc()).limit(wanted);
    }

    private Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>> press(long campaignId, ActivityFilter f,
                                                                                     long wanted) {
        Condition c = PRESS_ITEM.CAMPAIGN_ID.eq(campaignId).and(dates(PRESS_ITEM.PUBLISHED_ON, f));
        if (f.demandId() != null) {
            c = c.andExists(DSL.selectOne().from(PRESS_DEMAND).where(PRESS_DEMAND.PRESS_ITEM_ID.eq(PRESS_ITEM.ID),
                    PRESS_DEMAND.DEMAND_ID.eq(f.demandId())));
        }
        if (f.stakeholderId() != null) {
            c = c.andExists(DSL.selectOne().from(PRESS_QUOTE).where(PRESS_QUOTE.PRESS_ITEM_ID.eq(PRESS_ITEM.ID),
                    PRESS_QUOTE.STAKEHOLDER_ID.eq(f.stakeholderId())));
        }
        return dsl.select(DSL.inline("press_item").as(KIND), PRESS_ITEM.PUBLISHED_ON.as(ON), PRESS_ITEM.ID.as(ID),
                PRESS_ITEM.TITLE.as(TITLE), PRESS_ITEM.OUTLET.as(DETAIL), PRESS_ITEM.OUTLET.as(PUBLIC_DETAIL),
                DSL.castNull(Long.class).as(DEMAND_ID),
                DSL.castNull(Long.class).as(STAKEHOLDER_ID)).from(PRESS_ITEM).where(c)
                .orderBy(PRESS_ITEM.PUBLISHED_ON.desc(), PRESS_ITEM.ID.desc()).limit(wanted);
    }

    /** "1.2 Ban automatic suspensions": the demand, with the level as detail; the target only by id. */
    private Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>> positions(long campaignId,
                                                                                         ActivityFilter f, long wanted) {
        Condition c = POSITION.CAMPAIGN_ID.eq(campaignId).and(dates(POSITION.STATED_ON, f))
                .and(f.demandId() == null ? DSL.noCondition() : POSITION.DEMAND_ID.eq(f.demandId()))
                .and(f.stakeholderId() == null ? DSL.noCondition() : POSITION.STAKEHOLDER_ID.eq(f.stakeholderId()));
        return dsl.select(DSL.inline("position").as(KIND), POSITION.STATED_ON.as(ON), POSITION.ID.as(ID),
                        DSL.concat(DEMAND.CODE, DSL.inline(" "), DEMAND.TITLE).as(TITLE),
                        POSITION.LEVEL.cast(String.class).as(DETAIL),
                        POSITION.LEVEL.cast(String.class).as(PUBLIC_DETAIL), POSITION.DEMAND_ID.as(DEMAND_ID),
                        POSITION.STAKEHOLDER_ID.as(STAKEHOLDER_ID))
                .from(POSITION).join(DEMAND).on(DEMAND.ID.eq(POSITION.DEMAND_ID)).where(c)
                .orderBy(POSITION.STATED_ON.desc(), POSITION.ID.desc()).limit(wanted);
    }

    private Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>> commitments(long campaignId,
                                                                                           ActivityFilter f, long wanted) {
        Condition c = COMMITMENT.CAMPAIGN_ID.eq(campaignId).and(dates(COMMITMENT.MADE_ON, f))
                .and(f.demandId() == null ? DSL.noCondition() : COMMITMENT.DEMAND_ID.eq(f.demandId()))
                .and(f.stakeholderId() == null ? DSL.noCondition() : COMMITMENT.STAKEHOLDER_ID.eq(f.stakeholderId()));
        return dsl.select(DSL.inline("commitment").as(KIND), COMMITMENT.MADE_ON.as(ON), COMMITMENT.ID.as(ID),
                COMMITMENT.DESCRIPTION.as(TITLE), COMMITMENT.STATUS.cast(String.class).as(DETAIL),
                COMMITMENT.STATUS.cast(String.class).as(PUBLIC_DETAIL),
                COMMITMENT.DEMAND_ID.as(DEMAND_ID), COMMITMENT.STAKEHOLDER_ID.as(STAKEHOLDER_ID))
                .from(COMMITMENT).where(c)
                .orderBy(COMMITMENT.MADE_ON.desc(), COMMITMENT.ID.desc()).limit(wanted);
    }

    private Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>> milestones(long campaignId,
                                                                                          ActivityFilter f, long wanted) {
        Condition c = MILESTONE.CAMPAIGN_ID.eq(campaignId).and(MILESTONE.STATUS.eq(MilestoneStatus.done))
                .and(dates(MILESTONE.DONE_ON, f));
        return dsl.select(DSL.inline("milestone").as(KIND), MILESTONE.DONE_ON.as(ON), MILESTONE.ID.as(ID),
                MILESTONE.TITLE.as(TITLE), DSL.inline("done").as(DETAIL), DSL.inline("done").as(PUBLIC_DETAIL),
                DSL.castNull(Long.class).as(DEMAND_ID),
                DSL.castNull(Long.class).as(STAKEHOLDER_ID)).from(MILESTONE).where(c)
                .orderBy(MILESTONE.DONE_ON.desc(), MILESTONE.ID.desc()).limit(wanted);
    }

    /** A petition, joint appeal or letter campaign on its launch day; its kind as detail, never a signatory. */
    private Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>> mobilisations(
            long campaignId, ActivityFilter f, long wanted) {
        Condition c = MOBILISATION.CAMPAIGN_ID.eq(campaignId).and(dates(MOBILISATION.LAUNCHED_ON, f));
        if (f.demandId() != null) {
            c = c.andExists(DSL.selectOne().from(MOBILISATION_DEMAND).where(
                    MOBILISATION_DEMAND.MOBILISATION_ID.eq(MOBILISATION.ID),
                    MOBILISATION_DEMAND.DEMAND_ID.eq(f.demandId())));
        }
        if (f.stakeholderId() != null) {
            c = c.andExists(DSL.selectOne().from(MOBILISATION_TARGET).where(
                    MOBILISATION_TARGET.MOBILISATION_ID.eq(MOBILISATION.ID),
                    MOBILISATION_TARGET.STAKEHOLDER_ID.eq(f.stakeholderId())));
        }
        return dsl.select(DSL.inline("mobilisation").as(KIND), MOBILISATION.LAUNCHED_ON.as(ON),
                MOBILISATION.ID.as(ID), MOBILISATION.TITLE.as(TITLE), MOBILISATION.KIND.cast(String.class).as(DETAIL),
                MOBILISATION.KIND.cast(String.class).as(PUBLIC_DETAIL), DSL.castNull(Long.class).as(DEMAND_ID),
                DSL.castNull(Long.class).as(STAKEHOLDER_ID)).from(MOBILISATION).where(c)
                .orderBy(MOBILISATION.LAUNCHED_ON.desc(), MOBILISATION.ID.desc()).limit(wanted);
    }

    /** A press kit, release, pitch or op-ed offer on the day it was sent; its kind as detail, never a journalist. */
    private Select<Record8<String, LocalDate, Long, String, String, String, Long, Long>> outreach(
            long campaignId, ActivityFilter f, long wanted) {
        Condition c = OUTREACH.CAMPAIGN_ID.eq(campaignId).and(dates(OUTREACH.SENT_ON, f));
        if (f.demandId() != null) {
            c = c.andExists(DSL.selectOne().from(OUTREACH_DEMAND).where(OUTREACH_DEMAND.OUTREACH_ID.eq(OUTREACH.ID),
                    OUTREACH_DEMAND.DEMAND_ID.eq(f.demandId())));
        }
        return dsl.select(DSL.inline("outreach").as(KIND), OUTREACH.SENT_ON.as(ON), OUTREACH.ID.as(ID),
                OUTREACH.TITLE.as(TITLE), OUTREACH.KIND.cast(String.class).as(DETAIL),
                OUTREACH.KIND.cast(String.class).as(PUBLIC_DETAIL), DSL.castNull(Long.class).as(DEMAND_ID),
                DSL.castNull(Long.class).as(STAKEHOLDER_ID)).from(OUTREACH).where(c)
                .orderBy(OUTREACH.SENT_ON.desc(), OUTREACH.ID.desc()).limit(wanted);
    }

    private static Condition dates(Field<LocalDate> date, ActivityFilter f) {
        return (f.from() == null ? DSL.noCondition() : date.ge(f.from()))
                .and(f.to() == null ? DSL.noCondition() : date.le(f.to()));
    }
}
