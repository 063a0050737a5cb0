package org.campaigntracker.core.plan;

import java.time.LocalDate;

/**
 * A stored follow-up task; open while {@code doneOn} is null. It may come from a meeting and be about a stakeholder
 * or a demand.
 */
public record FollowUp(long id, long campaignId, String title, Long ownerId, LocalDate dueOn, LocalDate doneOn,
                       Long interactionId, Long stakeholderId, Long demandId, int version) {

    public FollowUpDraft toDraft() {
        return new FollowUpDraft(title, ownerId, dueOn, doneOn, interactionId, stakeholderId, demandId);
    }

    public boolean open() {
        return doneOn == null;
    }

    public boolean overdueOn(LocalDate today) {
        return open() && dueOn != null && dueOn.isBefore(today);
    }
}
