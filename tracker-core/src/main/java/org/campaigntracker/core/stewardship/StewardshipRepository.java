package org.campaigntracker.core.stewardship;

import org.campaigntracker.core.interaction.InteractionRepository;
import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.db.jooq.Tables.ACCESS_RATING;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_ATTENDEE;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_PARTICIPANT;
import static org.campaigntracker.db.jooq.Tables.MEMBER;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;
import static org.campaigntracker.db.jooq.Tables.STEWARDSHIP;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.core.common.StaleVersionException;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Stewardship rows and access ratings of one campaign's stakeholders. */
public final class StewardshipRepository {

    private final DSLContext dsl;

    public StewardshipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean stakeholderExists(long campaignId, long stakeholderId) {
        return dsl.fetchExists(STAKEHOLDER, STAKEHOLDER.ID.eq(stakeholderId), STAKEHOLDER.CAMPAIGN_ID.eq(campaignId));
    }

    /** A member of the campaign who has not left: only they can hold a relationship. */
    public boolean activeMember(long campaignId, long memberId) {
        return dsl.fetchExists(MEMBER, MEMBER.ID.eq(memberId), MEMBER.CAMPAIGN_ID.eq(campaignId),
                MEMBER.LEFT_ON.isNull());
    }

    public Optional<Stewardship> find(long campaignId, long stakeholderId) {
        return all(campaignId, STEWARDSHIP.STAKEHOLDER_ID.eq(stakeholderId)).stream().findFirst();
    }

    /** Every stakeholder's stewardship that has one, by stakeholder id. */
    public Map<Long, Stewardship> all(long campaignId) {
        Map<Long, Stewardship> byStakeholder = new LinkedHashMap<>();
        all(campaignId, DSL.noCondition()).forEach(s -> byStakeholder.put(s.stakeholderId(), s));
        return byStakeholder;
    }

    private List<Stewardship> all(long campaignId, Condition which) {
        return dsl.select(STEWARDSHIP.STAKEHOLDER_ID, STEWARDSHIP.OWNER_ID, MEMBER.DISPLAY_NAME,
                        STEWARDSHIP.CADENCE_DAYS, STEWARDSHIP.VERSION)
                .from(STEWARDSHIP).leftJoin(MEMBER).on(MEMBER.ID.eq(STEWARDSHIP.OWNER_ID))
                .where(STEWARDSHIP.CAMPAIGN_ID.eq(campaignId), which)
                .orderBy(STEWARDSHIP.STAKEHOLDER_ID)
                .fetch(r -> new Stewardship(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Writes the owner and cadence when the row is still at {@code expectedVersion} (0: none yet); a colleague's
     * write in between makes it stale.
     */
    public void put(long campaignId, long stakeholderId, int expectedVersion, StewardshipDraft d) {
        int n = translated(() -> expectedVersion == 0
                ? dsl.insertInto(STEWARDSHIP)
                        .set(STEWARDSHIP.STAKEHOLDER_ID, stakeholderId)
                        .set(STEWARDSHIP.CAMPAIGN_ID, campaignId)
                        .set(STEWARDSHIP.OWNER_ID, d.ownerId())
                        .set(STEWARDSHIP.CADENCE_DAYS, d.cadenceDays())
                        .onConflictDoNothing().execute()
                : dsl.update(STEWARDSHIP)
                        .set(STEWARDSHIP.OWNER_ID, d.ownerId())
                        .set(STEWARDSHIP.CADENCE_DAYS, d.cadenceDays())
                        .set(STEWARDSHIP.VERSION, STEWARDSHIP.VERSION.plus(1))
                        .set(STEWARDSHIP.UPDATED_AT, DSL.currentOffsetDateTime())
                        .where(STEWARDSHIP.STAKEHOLDER_ID.eq(stakeholderId), STEWARDSHIP.CAMPAIGN_ID.eq(campaignId),
                                STEWARDSHIP.VERSION.eq(expectedVersion))
                        .execute());
        if (n == 0) {
            throw new StaleVersionException("stewardship", stakeholderId, expectedVersion);
        }
    }

    public long rate(long campaignId, long stakeholderId, AccessDraft d) {
        return translated(() -> dsl.insertInto(ACCESS_RATING)
                .set(ACCESS_RATING.CAMPAIGN_ID, campaignId)
                .set(ACCESS_RATING.STAKEHOLDER_ID, stakeholderId)
                .set(ACCESS_RATING.SCORE, d.score().shortValue())
                .set(ACCESS_RATING.RATED_ON, d.ratedOn())
                .set(ACCESS_RATING.EVIDENCE, d.evidence())
                .returning(ACCESS_RATING.ID).fetchOne(ACCESS_RATING.ID));
    }

    public boolean deleteRating(long campaignId, long stakeholderId, long ratingId) {
        return dsl.deleteFrom(ACCESS_RATING).where(ACCESS_RATING.ID.eq(ratingId),
                ACCESS_RATING.STAKEHOLDER_ID.eq(stakeholderId), ACCESS_RATING.CAMPAIGN_ID.eq(campaignId)).execute() > 0;
    }

    /** Newest first (day, then order of entry). */
    public List<AccessRating> ratings(long campaignId, long stakeholderId) {
        return ratings(campaignId, ACCESS_RATING.STAKEHOLDER_ID.eq(stakeholderId));
    }

    /** Every rating of the campaign, oldest first, for the campaign file. */
    public List<AccessRating> allRatings(long campaignId) {
        return dsl.selectFrom(ACCESS_RATING).where(ACCESS_RATING.CAMPAIGN_ID.eq(campaignId))
                .orderBy(ACCESS_RATING.ID)
                .fetch(r -> new AccessRating(r.getId(), r.getStakeholderId(), r.getScore(), r.getRatedOn(),
                        r.getEvidence()));
    }

    private List<AccessRating> ratings(long campaignId, Condition which) {
        return dsl.selectFrom(ACCESS_RATING).where(ACCESS_RATING.CAMPAIGN_ID.eq(campaignId), which)
                .orderBy(ACCESS_RATING.RATED_ON.desc(), ACCESS_RATING.ID.desc())
                .fetch(r -> new AccessRating(r.getId(), r.getStakeholderId(), r.getScore(), r.getRatedOn(),
                        r.getEvidence()));
    }

    /** Each stakeholder's latest rating (latest day, then latest entered), by stakeholder id. */
    public Map<Long, AccessRating> currentAccess(long campaignId) {
        Map<Long, AccessRating> current = new HashMap<>();
        for (AccessRating r : ratings(campaignId, DSL.noCondition())) {
            current.putIfAbsent(r.stakeholderId(), r);
        }
        return current;
    }

    /** Stakeholder id → the day of its last interaction on or before {@code asOf}. */
    public Map<Long, LocalDate> lastContacts(long campaignId, LocalDate asOf) {
        Field<LocalDate> last = DSL.max(INTERACTION.OCCURRED_ON).as("last");
        return dsl.select(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, last)
                .from(INTERACTION_PARTICIPANT).join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_PARTICIPANT.INTERACTION_ID))
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.OCCURRED_ON.le(asOf), InteractionRepository.counted())
                .groupBy(INTERACTION_PARTICIPANT.STAKEHOLDER_ID)
                .fetchMap(INTERACTION_PARTICIPANT.STAKEHOLDER_ID, last);
    }

    /** The members who attended the stakeholder's interactions on that day (who had the last contact). */
    public List<String> attendees(long campaignId, long stakeholderId, LocalDate on) {
        return dsl.selectDistinct(MEMBER.DISPLAY_NAME)
                .from(INTERACTION_ATTENDEE)
                .join(MEMBER).on(MEMBER.ID.eq(INTERACTION_ATTENDEE.MEMBER_ID))
                .join(INTERACTION).on(INTERACTION.ID.eq(INTERACTION_ATTENDEE.INTERACTION_ID))
                .join(INTERACTION_PARTICIPANT).on(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID))
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.OCCURRED_ON.eq(on), InteractionRepository.counted(),
                        INTERACTION_PARTICIPANT.STAKEHOLDER_ID.eq(stakeholderId))
                .orderBy(MEMBER.DISPLAY_NAME)
                .fetch(MEMBER.DISPLAY_NAME);
    }

    /** Stakeholder id → "Nicolas Grivel (CNAF)". */
    public Map<Long, String> labels(long campaignId, List<Long> ids) {
        var org = STAKEHOLDER.as("org");
        Map<Long, String> labels = new HashMap<>();
        for (Record r : dsl.select(STAKEHOLDER.ID, STAKEHOLDER.NAME, org.NAME).from(STAKEHOLDER)
                .leftJoin(org).on(org.ID.eq(STAKEHOLDER.ORGANISATION_ID))
                .where(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId), STAKEHOLDER.ID.in(ids)).fetch()) {
            String name = r.get(STAKEHOLDER.NAME);
            String organisation = r.get(org.NAME);
            labels.put(r.get(STAKEHOLDER.ID), organisation == null ? name : name + " (" + organisation + ")");
        }
        return labels;
    }
}
