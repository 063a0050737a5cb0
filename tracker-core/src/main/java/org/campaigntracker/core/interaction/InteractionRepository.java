package org.campaigntracker.core.interaction;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.allExist;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_ATTENDEE;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_DEMAND;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_PARTICIPANT;
import static org.campaigntracker.db.jooq.Tables.MEMBER;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campaigntracker.db.jooq.tables.records.InteractionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Interaction rows and their three link tables. Every query is scoped to one campaign. */
public final class InteractionRepository {

    private static final Field<Long[]> PARTICIPANTS = DSL.array(DSL.select(INTERACTION_PARTICIPANT.STAKEHOLDER_ID)
            .from(INTERACTION_PARTICIPANT).where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID))
            .orderBy(INTERACTION_PARTICIPANT.STAKEHOLDER_ID)).as("participant_ids");
    private static final Field<Long[]> ATTENDEES = DSL.array(DSL.select(INTERACTION_ATTENDEE.MEMBER_ID)
            .from(INTERACTION_ATTENDEE).where(INTERACTION_ATTENDEE.INTERACTION_ID.eq(INTERACTION.ID))
            .orderBy(INTERACTION_ATTENDEE.MEMBER_ID)).as("attendee_ids");
    private static final Field<Long[]> DEMANDS = DSL.array(DSL.select(INTERACTION_DEMAND.DEMAND_ID)
            .from(INTERACTION_DEMAND).where(INTERACTION_DEMAND.INTERACTION_ID.eq(INTERACTION.ID))
            .orderBy(INTERACTION_DEMAND.DEMAND_ID)).as("demand_ids");
    private static final List<Field<?>> COLUMNS = Stream.concat(Stream.of(INTERACTION.fields()),
            Stream.of(PARTICIPANTS, ATTENDEES, DEMANDS)).toList();

    private final DSLContext dsl;

    public InteractionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    // Constant text: building the statement per call cost as much CPU as the rest of the request.
    private static final String INSERT = """
            with i as (insert into interaction (campaign_id, kind, occurred_on, title, summary, public_summary, outcome,
                                                place, status, organisation_id, logged_by_member_id,
                                                logged_by_organisation_id)
                       values (?, ?::interaction_kind, ?, ?, ?, ?, ?, ?, ?::interaction_status, ?, ?, ?)
                       returning id, updated_at, version, occurred_on),
              p as (insert into interaction_participant (interaction_id, stakeholder_id, campaign_id)
                    select i.id, x, ? from i, unnest(?::bigint[]) x),
              a as (insert into interaction_attendee (interaction_id, member_id, campaign_id)
                    select i.id, x, ? from i, unnest(?::bigint[]) x),
              d as (insert into interaction_demand (interaction_id, demand_id, campaign_id, occurred_on)
                    select i.id, x, ?, i.occurred_on from i, unnest(?::bigint[]) x)
            select id, updated_at, version, txid_current() from i""";

    /**
     * The row and its three link tables in ONE statement (data-modifying common table expressions): a single round
     * trip, atomic without an explicit transaction. Logging interactions is the most frequent write, so this is
     * what bounds how many a server takes per second; the driver prepares it once per connection. {@code txid}
     * receives the id of the database transaction the statement ran in, which read models need to apply it.
     */
    public Interaction insert(long campaignId, InteractionDraft d, LoggedBy by, LongConsumer txid) {
        return translated(() -> dsl.connectionResult(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                int n = 0;
                st.setLong(++n, campaignId);
                st.setString(++n, d.kind().code());
                st.setObject(++n, d.occurredOn()); // the driver knows years past 9999 and before year 1
                for (String text : new String[] {d.title(), d.summary(), d.publicSummary(), d.outcome(), d.place()}) {
                    st.setString(++n, text);
                }
                st.setString(++n, d.status().code());
                for (Long id : new Long[] {d.organisationId(), by.memberId(), by.organisationId()}) {
                    st.setObject(++n, id, java.sql.Types.BIGINT);
                }
                for (List<Long> ids : List.of(d.participantIds(), d.attendeeIds(), d.demandIds())) {
                    st.setLong(++n, campaignId);
                    // As array text ("{1,2}"): cheaper than the driver's array objects, and ids need no escaping.
                    st.setString(++n, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
                }
                try (ResultSet r = st.executeQuery()) {
                    r.next();
                    txid.accept(r.getLong(4));
                    return new Interaction(r.getLong(1), campaignId, d.kind(), d.occurredOn(), d.title(),
                            d.summary(), d.publicSummary(), d.outcome(), d.place(), d.participantIds(),
                            d.attendeeIds(), d.demandIds(), r.getObject(2, OffsetDateTime.class), r.getInt(3),
                            d.status(), d.organisationId(), by.memberId(), by.organisationId(), null, null);
                }
            }
        }));
    }

    /** Replaces the row and its links as a whole; the caller's transaction keeps both or neither. */
    public Interaction update(long campaignId, long id, int expectedVersion, InteractionDraft d) {
        return translated(() -> {
            int n = dsl.update(INTERACTION)
                    .set(INTERACTION.KIND, toDb(d.kind()))
                    .set(INTERACTION.OCCURRED_ON, d.occurredOn())
                    .set(INTERACTION.TITLE, d.title())
                    .set(INTERACTION.SUMMARY, d.summary())
                    .set(INTERACTION.PUBLIC_SUMMARY, d.publicSummary())
                    .set(INTERACTION.OUTCOME, d.outcome())
                    .set(INTERACTION.PLACE, d.place())
                    .set(INTERACTION.STATUS, toDb(d.status()))
                    .set(INTERACTION.ORGANISATION_ID, d.organisationId())
                    .set(INTERACTION.VERSION, INTERACTION.VERSION.plus(1))
                    .set(INTERACTION.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(INTERACTION.ID.eq(id), INTERACTION.CAMPAIGN_ID.eq(campaignId),
                            INTERACTION.VERSION.eq(expectedVersion))
                    .execute();
            if (n == 0) {
                throw missingOrStale(dsl, INTERACTION.ID, id, expectedVersion, INTERACTION.CAMPAIGN_ID.eq(campaignId));
            }
            dsl.deleteFrom(INTERACTION_PARTICIPANT).where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(id)).execute();
            dsl.deleteFrom(INTERACTION_ATTENDEE).where(INTERACTION_ATTENDEE.INTERACTION_ID.eq(id)).execute();
            dsl.deleteFrom(INTERACTION_DEMAND).where(INTERACTION_DEMAND.INTERACTION_ID.eq(id)).execute();
            insertLinks(campaignId, id, d);
            return find(campaignId, id).orElseThrow();
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(INTERACTION)
                .where(INTERACTION.ID.eq(id), INTERACTION.CAMPAIGN_ID.eq(campaignId),
                        INTERACTION.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, INTERACTION.ID, id, expectedVersion, INTERACTION.CAMPAIGN_ID.eq(campaignId));
        }
    }

    // Constant text, as INSERT: partners poll single interactions, and jOOQ spent more on writing this query (three
    // array subqueries) than PostgreSQL spent running it.
    private static final String FIND = """
            select i.kind::text, i.occurred_on, i.title, i.summary, i.public_summary, i.outcome, i.place, i.updated_at,
                   i.version, i.status::text, i.organisation_id, i.logged_by_member_id, i.logged_by_organisation_id,
                   i.rejected_at, i.rejection_reason,
                   array(select stakeholder_id from interaction_participant where interaction_id = i.id
                         order by stakeholder_id)::text,
                   array(select member_id from interaction_attendee where interaction_id = i.id order by member_id)::text,
                   array(select demand_id from interaction_demand where interaction_id = i.id order by demand_id)::text
            from interaction i where i.id = ? and i.campaign_id = ?""";

    public Optional<Interaction> find(long campaignId, long id) {
        return dsl.connectionResult(c -> {
            try (PreparedStatement st = c.prepareStatement(FIND)) {
                st.setLong(1, id);
                st.setLong(2, campaignId);
                try (ResultSet r = st.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Interaction(id, campaignId,
                            InteractionKind.valueOf(r.getString(1).toUpperCase(Locale.ROOT)),
                            r.getObject(2, LocalDate.class), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), ids(r.getString(16)), ids(r.getString(17)),
                            ids(r.getString(18)), r.getObject(8, OffsetDateTime.class), r.getInt(9),
                            InteractionStatus.valueOf(r.getString(10).toUpperCase(Locale.ROOT)),
                            r.getObject(11, Long.class), r.getObject(12, Long.class), r.getObject(13, Long.class),
                            r.getObject(14, OffsetDateTime.class), r.getString(15)));
                }
            }
        });
    }

    /** Ids from PostgreSQL's array text ({@code {1,2}}). */
    private static List<Long> ids(String array) {
        String inside = array.substring(1, array.length() - 1);
        return inside.isEmpty() ? List.of() : Stream.of(inside.split(",")).map(Long::valueOf).toList();
    }

    /** Newest first; the order (occurred_on, id) is total and indexed, so pages never overlap. */
    public List<Interaction> list(long campaignId, InteractionFilter filter, Page page) {
        return dsl.select(COLUMNS).from(INTERACTION)
                .where(conditions(campaignId, filter))
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.ID.desc())
                .limit(page.limit()).offset(page.offset())
                .fetch(InteractionRepository::toInteraction);
    }

    /** Per stakeholder, the date of the latest interaction they took part in, up to {@code asOf}. */
    public Map<Long, LocalDate> lastContact(long campaignId, LocalDate asOf) {
        Field<LocalDate> last = DSL.max(INTERACTION.OCCURRED_ON);
        return dsl.select(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, last)
                .from(INTERACTION_PARTICIPANT)
                .join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_PARTICIPANT.INTERACTION_ID))
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.OCCURRED_ON.le(asOf), counted())
                .groupBy(INTERACTION_PARTICIPANT.STAKEHOLDER_ID)
                .fetchMap(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, last);
    }

    /**
     * What counts as contact: a held interaction that is not a rejected contribution. Every query that asks who was
     * met, when, or what was said uses it; the log and the agenda list the others.
     */
    public static Condition counted() {
        return INTERACTION.STATUS.eq(org.campaigntracker.db.jooq.enums.InteractionStatus.held)
                .and(INTERACTION.REJECTED_AT.isNull());
    }

    // Constant text, one round trip: every logged interaction asks it, so it bounds how many a server logs a second.
    // The window is read once (an init plan), so the date range is a range of the campaign's date index; the other
    // organisations' rows are found through the partial index on organisation_id when the coalition asks, and the
    // coalition's own many meetings are never walked.
    private static final String DOUBLE_ASKS = """
            select i.id, i.organisation_id, o.name, i.occurred_on, i.status::text,
                   array(select p.stakeholder_id from interaction_participant p
                         where p.interaction_id = i.id and p.stakeholder_id = any(?::bigint[])
                         order by p.stakeholder_id)::text,
                   abs(i.occurred_on - ?::date)
            from interaction i
            left join stakeholder o on o.id = i.organisation_id
            where i.campaign_id = ? and i.id <> ? and i.rejected_at is null and i.status <> 'cancelled'
              and i.occurred_on between ?::date - (select double_ask_days from campaign where id = i.campaign_id)
                                    and ?::date + (select double_ask_days from campaign where id = i.campaign_id)
              and %s
              and exists (select 1 from interaction_participant p where p.interaction_id = i.id
                          and p.stakeholder_id = any(?::bigint[]))
            order by 7, i.occurred_on, i.id
            limit 50""";
    private static final String DOUBLE_ASKS_FOR_COALITION = DOUBLE_ASKS.formatted(
            "i.organisation_id is not null and ?::bigint is null");
    private static final String DOUBLE_ASKS_FOR_PARTNER = DOUBLE_ASKS.formatted(
            "(i.organisation_id is null or i.organisation_id <> ?::bigint)");

    /**
     * Other organisations' held or planned interactions, not rejected, sharing a participant with {@code one}
     * within the campaign's double-ask window, nearest first: one statement.
     */
    public List<DoubleAsk> doubleAsks(long campaignId, Interaction one) {
        String ids = one.participantIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}"));
        return dsl.connectionResult(c -> {
            try (PreparedStatement st = c.prepareStatement(one.organisationId() == null ? DOUBLE_ASKS_FOR_COALITION
                    : DOUBLE_ASKS_FOR_PARTNER)) {
                st.setString(1, ids);
                st.setObject(2, one.occurredOn());
                st.setLong(3, campaignId);
                st.setLong(4, one.id());
                st.setObject(5, one.occurredOn());
                st.setObject(6, one.occurredOn());
                st.setObject(7, one.organisationId(), java.sql.Types.BIGINT);
                st.setString(8, ids);
                List<DoubleAsk> found = new ArrayList<>();
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        found.add(new DoubleAsk(r.getLong(1), r.getObject(2, Long.class), r.getString(3),
                                r.getObject(4, LocalDate.class),
                                InteractionStatus.valueOf(r.getString(5).toUpperCase(Locale.ROOT)),
                                ids(r.getString(6)), r.getInt(7)));
                    }
                }
                return found;
            }
        });
    }

    /** Rejects a contribution (version checked); the reason may be null. */
    public Interaction reject(long campaignId, long id, int expectedVersion, String reason) {
        return setRejection(campaignId, id, expectedVersion, DSL.currentOffsetDateTime(), reason);
    }

    /** Rejects at a given time (a campaign file's import). */
    public Interaction rejectAt(long campaignId, long id, int expectedVersion, OffsetDateTime at, String reason) {
        return setRejection(campaignId, id, expectedVersion, DSL.val(at), reason);
    }

    /** Takes a rejected contribution back into the log. */
    public Interaction reinstate(long campaignId, long id, int expectedVersion) {
        return setRejection(campaignId, id, expectedVersion, DSL.castNull(OffsetDateTime.class), null);
    }

    private Interaction setRejection(long campaignId, long id, int expectedVersion, Field<OffsetDateTime> at,
                                     String reason) {
        return translated(() -> {
            int n = dsl.update(INTERACTION)
                    .set(INTERACTION.REJECTED_AT, at)
                    .set(INTERACTION.REJECTION_REASON, reason)
                    .set(INTERACTION.VERSION, INTERACTION.VERSION.plus(1))
                    .set(INTERACTION.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(INTERACTION.ID.eq(id), INTERACTION.CAMPAIGN_ID.eq(campaignId),
                            INTERACTION.VERSION.eq(expectedVersion))
                    .execute();
            if (n == 0) {
                throw missingOrStale(dsl, INTERACTION.ID, id, expectedVersion, INTERACTION.CAMPAIGN_ID.eq(campaignId));
            }
            return find(campaignId, id).orElseThrow();
        });
    }

    /**
     * Held and planned interactions, not rejected, with at least one participant, from {@code from} to {@code to}
     * (days included), oldest first: what the agenda compares for double asks. At most {@code max}.
     */
    public List<Interaction> window(long campaignId, LocalDate from, LocalDate to, int max) {
        return dsl.select(COLUMNS).from(INTERACTION)
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.OCCURRED_ON.between(from, to),
                        INTERACTION.STATUS.ne(org.campaigntracker.db.jooq.enums.InteractionStatus.cancelled),
                        INTERACTION.REJECTED_AT.isNull(),
                        DSL.exists(DSL.selectOne().from(INTERACTION_PARTICIPANT)
                                .where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID))))
                .orderBy(INTERACTION.OCCURRED_ON, INTERACTION.ID)
                .limit(max)
                .fetch(InteractionRepository::toInteraction);
    }

    /** Names of the given organisations of the campaign. */
    public Map<Long, String> organisationNames(long campaignId, Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : dsl.select(STAKEHOLDER.ID, STAKEHOLDER.NAME).from(STAKEHOLDER)
                .where(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId), STAKEHOLDER.ID.in(ids))
                .fetchMap(STAKEHOLDER.ID, STAKEHOLDER.NAME);
    }

    public int doubleAskDays(long campaignId) {
        Integer days = dsl.select(CAMPAIGN.DOUBLE_ASK_DAYS).from(CAMPAIGN).where(CAMPAIGN.ID.eq(campaignId))
                .fetchOne(CAMPAIGN.DOUBLE_ASK_DAYS);
        return days == null ? 14 : days;
    }

    public boolean isOrganisation(long campaignId, Long id) {
        return id == null || dsl.fetchExists(STAKEHOLDER, STAKEHOLDER.ID.eq(id), STAKEHOLDER.CAMPAIGN_ID.eq(campaignId),
                STAKEHOLDER.KIND.eq(org.campaigntracker.db.jooq.enums.StakeholderKind.organisation));
    }

    public boolean stakeholdersExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, STAKEHOLDER.ID, STAKEHOLDER.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean membersExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, MEMBER.ID, MEMBER.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean demandsExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, DEMAND.ID, DEMAND.CAMPAIGN_ID.eq(campaignId), ids);
    }

    private void insertLinks(long campaignId, long id, InteractionDraft d) {
        for (long stakeholderId : d.participantIds()) {
            dsl.insertInto(INTERACTION_PARTICIPANT)
                    .set(INTERACTION_PARTICIPANT.INTERACTION_ID, id)
                    .set(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, stakeholderId)
                    .set(INTERACTION_PARTICIPANT.CAMPAIGN_ID, campaignId).execute();
        }
        for (long memberId : d.attendeeIds()) {
            dsl.insertInto(INTERACTION_ATTENDEE)
                    .set(INTERACTION_ATTENDEE.INTERACTION_ID, id)
                    .set(INTERACTION_ATTENDEE.MEMBER_ID, memberId)
                    .set(INTERACTION_ATTENDEE.CAMPAIGN_ID, campaignId).execute();
        }
        for (long demandId : d.demandIds()) {
            dsl.insertInto(INTERACTION_DEMAND)
                    .set(INTERACTION_DEMAND.INTERACTION_ID, id)
                    .set(INTERACTION_DEMAND.DEMAND_ID, demandId)
                    .set(INTERACTION_DEMAND.CAMPAIGN_ID, campaignId)
                    .set(INTERACTION_DEMAND.OCCURRED_ON, d.occurredOn()).execute();
        }
    }

    private static List<Condition> conditions(long campaignId, InteractionFilter f) {
        List<Condition> where = new ArrayList<>();
        where.add(INTERACTION.CAMPAIGN_ID.eq(campaignId));
        if (f.kind() != null) {
            where.add(INTERACTION.KIND.eq(toDb(f.kind())));
        }
        if (f.status() != null) {
            where.add(INTERACTION.STATUS.eq(toDb(f.status())));
        }
        if (f.organisationId() != null) {
            where.add(INTERACTION.ORGANISATION_ID.eq(f.organisationId()));
        }
        if (Boolean.TRUE.equals(f.contributed())) {
            where.add(INTERACTION.LOGGED_BY_ORGANISATION_ID.isNotNull());
        }
        where.add(Boolean.TRUE.equals(f.rejected()) ? INTERACTION.REJECTED_AT.isNotNull()
                : INTERACTION.REJECTED_AT.isNull());
        if (f.stakeholderId() != null) {
            where.add(DSL.exists(DSL.selectOne().from(INTERACTION_PARTICIPANT).where(
                    INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID),
                    INTERACTION_PARTICIPANT.STAKEHOLDER_ID.eq(f.stakeholderId()))));
        }
        if (f.demandId() != null) {
            where.add(DSL.exists(DSL.selectOne().from(INTERACTION_DEMAND).where(
                    INTERACTION_DEMAND.INTERACTION_ID.eq(INTERACTION.ID),
                    INTERACTION_DEMAND.DEMAND_ID.eq(f.demandId()))));
        }
        if (f.from() != null) {
            where.add(INTERACTION.OCCURRED_ON.ge(f.from()));
        }
        if (f.to() != null) {
            where.add(INTERACTION.OCCURRED_ON.le(f.to()));
        }
        return where;
    }


    private static Interaction toInteraction(Record row) {
        InteractionRecord r = row.into(INTERACTION);
        return new Interaction(r.getId(), r.getCampaignId(), toDomain(r.getKind()), r.getOccurredOn(), r.getTitle(),
                r.getSummary(), r.getPublicSummary(), r.getOutcome(), r.getPlace(), List.of(row.get(PARTICIPANTS)),
                List.of(row.get(ATTENDEES)), List.of(row.get(DEMANDS)), r.getUpdatedAt(), r.getVersion(),
                InteractionStatus.valueOf(r.getStatus().getLiteral().toUpperCase(Locale.ROOT)), r.getOrganisationId(),
                r.getLoggedByMemberId(), r.getLoggedByOrganisationId(), r.getRejectedAt(), r.getRejectionReason());
    }

    private static InteractionKind toDomain(org.campaigntracker.db.jooq.enums.InteractionKind kind) {
        return InteractionKind.valueOf(kind.getLiteral().toUpperCase(Locale.ROOT));
    }

    private static org.campaigntracker.db.jooq.enums.InteractionStatus toDb(InteractionStatus status) {
        return org.campaigntracker.db.jooq.enums.InteractionStatus.lookupLiteral(status.code());
    }

    private static org.campaigntracker.db.jooq.enums.InteractionKind toDb(InteractionKind kind) {
        return org.campaigntracker.db.jooq.enums.InteractionKind.lookupLiteral(kind.code());
    }
}
