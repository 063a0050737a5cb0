package org.campaigntracker.core.member;

import java.util.List;

/**
 * What a front door asks of the trainings given to members: {@link TrainingService} answers over the database, the
 * CLI's remote mode over the HTTP API.
 */
public interface Trainings {

    Training add(long campaignId, TrainingDraft draft);

    /** The attendee list of the draft replaces the previous one as a whole. */
    Training update(long campaignId, long trainingId, int expectedVersion, TrainingDraft draft);

    Training get(long campaignId, long trainingId);

    List<Training> list(long campaignId);
}
