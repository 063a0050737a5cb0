package org.campaigntracker.core.member;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.TRAINING;
import static org.campaigntracker.db.jooq.Tables.TRAINING_ATTENDEE;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campaigntracker.db.jooq.tables.records.TrainingRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Training rows and their attendees. Every query is scoped to one campaign. */
public final class TrainingRepository {

    private final DSLContext dsl;

    public TrainingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Training insert(long campaignId, TrainingDraft d) {
        long id = translated(() -> dsl.insertInto(TRAINING)
                .set(TRAINING.CAMPAIGN_ID, campaignId)
                .set(columns(d))
                .returning(TRAINING.ID).fetchOne(TRAINING.ID));
        replaceAttendees(campaignId, id, d.attendeeIds());
        return training(campaignId, id).orElseThrow();
    }

    /** Updates the training and replaces its attendees as a whole. */
    public Training update(long campaignId, long id, int expectedVersion, TrainingDraft d) {
        int n = translated(() -> dsl.update(TRAINING)
                .set(columns(d))
                .set(TRAINING.VERSION, TRAINING.VERSION.plus(1))
                .where(TRAINING.ID.eq(id), TRAINING.CAMPAIGN_ID.eq(campaignId), TRAINING.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, TRAINING.ID, id, expectedVersion, TRAINING.CAMPAIGN_ID.eq(campaignId));
        }
        replaceAttendees(campaignId, id, d.attendeeIds());
        return training(campaignId, id).orElseThrow();
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(TRAINING)
                .where(TRAINING.ID.eq(id), TRAINING.CAMPAIGN_ID.eq(campaignId), TRAINING.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, TRAINING.ID, id, expectedVersion, TRAINING.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Training> training(long campaignId, long id) {
        return trainings(TRAINING.CAMPAIGN_ID.eq(campaignId), TRAINING.ID.eq(id)).stream().findFirst();
    }

    /** Oldest first. */
    public List<Training> trainings(long campaignId) {
        return trainings(TRAINING.CAMPAIGN_ID.eq(campaignId));
    }

    public List<Training> trainingsOf(long campaignId, long memberId) {
        return trainings(TRAINING.CAMPAIGN_ID.eq(campaignId), TRAINING.ID.in(dsl.select(TRAINING_ATTENDEE.TRAINING_ID)
                .from(TRAINING_ATTENDEE).where(TRAINING_ATTENDEE.MEMBER_ID.eq(memberId))));
    }

    public boolean attended(long campaignId, long memberId) {
        return dsl.fetchExists(TRAINING_ATTENDEE, TRAINING_ATTENDEE.CAMPAIGN_ID.eq(campaignId),
                TRAINING_ATTENDEE.MEMBER_ID.eq(memberId));
    }

    public void replaceAttendees(long campaignId, long trainingId, List<Long> memberIds) {
        translated(() -> {
            dsl.deleteFrom(TRAINING_ATTENDEE).where(TRAINING_ATTENDEE.TRAINING_ID.eq(trainingId)).execute();
            var insert = dsl.insertInto(TRAINING_ATTENDEE,
                    TRAINING_ATTENDEE.TRAINING_ID, TRAINING_ATTENDEE.MEMBER_ID, TRAINING_ATTENDEE.CAMPAIGN_ID);
            for (long memberId : memberIds) {
                insert = insert.values(trainingId, memberId, campaignId);
            }
            return memberIds.isEmpty() ? 0 : insert.execute();
        });
    }

    private List<Training> trainings(Condition... where) {
        List<TrainingRecord> rows = dsl.selectFrom(TRAINING).where(where)
                .orderBy(TRAINING.HELD_ON, TRAINING.ID).fetch();
        Map<Long, List<Long>> attendees = dsl.select(TRAINING_ATTENDEE.TRAINING_ID, TRAINING_ATTENDEE.MEMBER_ID)
                .from(TRAINING_ATTENDEE)
                .where(TRAINING_ATTENDEE.TRAINING_ID.in(rows.stream().map(TrainingRecord::getId).toList()))
                .orderBy(TRAINING_ATTENDEE.MEMBER_ID)
                .fetchGroups(TRAINING_ATTENDEE.TRAINING_ID, TRAINING_ATTENDEE.MEMBER_ID);
        return rows.stream().map(r -> new Training(r.getId(), r.getCampaignId(), r.getTitle(), r.getHeldOn(),
                Arrays.asList(r.getTopics()), r.getTrainer(), attendees.getOrDefault(r.getId(), List.of()),
                r.getVersion())).toList();
    }

    private static Map<Field<?>, Object> columns(TrainingDraft d) {
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(TRAINING.TITLE, d.title());
        m.put(TRAINING.HELD_ON, d.heldOn());
        m.put(TRAINING.TOPICS, d.topics().toArray(String[]::new));
        m.put(TRAINING.TRAINER, d.trainer());
        return m;
    }

}
