package org.campaigntracker.core.commitment;

import java.time.LocalDate;

/**
 * A stored commitment; {@code statusChangedOn} is null exactly while it is open; {@code ownerId} is the member who
 * chases it (null: nobody yet).
 */
public record Commitment(long id, long campaignId, long stakeholderId, String description, Long demandId,
                         Long interactionId, LocalDate madeOn, LocalDate dueOn, LocalDate confirmationRequestedOn,
                         LocalDate confirmationReceivedOn, CommitmentStatus status, LocalDate statusChangedOn,
                         Long ownerId, int version) {

    public CommitmentDraft toDraft() {
        return new CommitmentDraft(stakeholderId, description, demandId, interactionId, madeOn, dueOn,
                confirmationRequestedOn, confirmationReceivedOn, ownerId);
    }

    /** Still open the day after it was due. */
    public boolean overdueOn(LocalDate today) {
        return status == CommitmentStatus.open && dueOn != null && dueOn.isBefore(today);
    }

    /** Asked for in writing and still waiting for the letter. */
    public boolean awaitingConfirmation() {
        return confirmationRequestedOn != null && confirmationReceivedOn == null;
    }
}
