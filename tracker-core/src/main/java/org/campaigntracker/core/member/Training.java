package org.campaigntracker.core.member;

import java.time.LocalDate;
import java.util.List;

/** A stored training with the ids of the members who attended, in id order. */
public record Training(long id, long campaignId, String title, LocalDate heldOn, List<String> topics,
                       String trainer, List<Long> attendeeIds, int version) {

    public Training {
        topics = List.copyOf(topics);
        attendeeIds = List.copyOf(attendeeIds);
    }

    public TrainingDraft toDraft() {
        return new TrainingDraft(title, heldOn, topics, trainer, attendeeIds);
    }
}
