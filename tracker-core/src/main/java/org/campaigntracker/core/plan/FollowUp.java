package org.campaigntracker.core.plan;

import java.time.LocalDate;

/** A stored follow-up task; open while {@code doneOn} is null. */
public record FollowUp(long id, long campaignId, String title, Long ownerId, LocalDate dueOn, LocalDate doneOn,
                       Long interactionId, int version) {

    public FollowUpDraft toDraft() {
        return new FollowUpDraft(title, ownerId, dueOn, doneOn, interactionId);
    }

    public boolean open() {
        return doneOn == null;
    }

    public boolean overdueOn(LocalDate today) {
        return open() && dueOn != null && dueOn.isBefore(today);
    }
}
