package org.campaigntracker.api.member;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.member.Training;
import org.campaigntracker.core.member.TrainingDraft;

/** A training, and the body of a create or update (the attendee list replaces the previous one as a whole). */
public record TrainingRepresentation(Long id, String title, LocalDate heldOn, List<String> topics, String trainer,
                                     List<Long> attendeeIds, Integer version) {

    static TrainingRepresentation from(Training t) {
        return new TrainingRepresentation(t.id(), t.title(), t.heldOn(), t.topics(), t.trainer(), t.attendeeIds(),
                t.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static TrainingRepresentation of(TrainingDraft d) {
        return new TrainingRepresentation(null, d.title(), d.heldOn(), d.topics(), d.trainer(), d.attendeeIds(), null);
    }

    /** The training this answer describes (a client's view: the server's fields, as core holds them). */
    public Training toDomain(long campaignId) {
        return new Training(id, campaignId, title, heldOn, topics == null ? List.of() : topics, trainer,
                attendeeIds == null ? List.of() : attendeeIds, version);
    }

    TrainingDraft toDraft() {
        return new TrainingDraft(title, heldOn, topics, trainer, attendeeIds);
    }
}
