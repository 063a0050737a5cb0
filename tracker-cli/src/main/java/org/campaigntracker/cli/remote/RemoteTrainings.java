package org.campaigntracker.cli.remote;

import java.util.List;
import org.campaigntracker.api.member.TrainingRepresentation;
import org.campaigntracker.core.member.Training;
import org.campaigntracker.core.member.TrainingDraft;
import org.campaigntracker.core.member.Trainings;

/** Trainings through the API ({@code …/trainings}). */
final class RemoteTrainings implements Trainings {

    private final RemoteSession session;

    RemoteTrainings(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Training add(long campaignId, TrainingDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/trainings"), TrainingRepresentation.of(draft),
                null, TrainingRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Training update(long campaignId, long trainingId, int expectedVersion, TrainingDraft draft) {
        return session.api().send("PUT", session.path(campaignId, "/trainings/" + trainingId),
                TrainingRepresentation.of(draft), expectedVersion, TrainingRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Training get(long campaignId, long trainingId) {
        return session.api().get(session.path(campaignId, "/trainings/" + trainingId), TrainingRepresentation.class)
                .toDomain(campaignId);
    }

    @Override
    public List<Training> list(long campaignId) {
        return session.api().list(session.path(campaignId, "/trainings"), TrainingRepresentation.class).stream()
                .map(t -> t.toDomain(campaignId)).toList();
    }
}
