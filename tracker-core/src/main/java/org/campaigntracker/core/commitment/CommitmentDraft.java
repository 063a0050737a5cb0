package org.campaigntracker.core.commitment;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A commitment as a user writes it down. Its status is not part of it: a promise is closed with
 * {@link CommitmentService#close}, so the date of the change is never forgotten.
 */
public record CommitmentDraft(long stakeholderId, String description, Long demandId, Long interactionId,
                              LocalDate madeOn, LocalDate dueOn, LocalDate confirmationRequestedOn,
                              LocalDate confirmationReceivedOn, Long ownerId) {

    public CommitmentDraft {
        description = Names.clean(description);
        Check.of()
                .notBlank("description", description)
                .maxLength("description", description, 2000)
                .required("made_on", madeOn)
                .date("made_on", madeOn)
                .date("due_on", dueOn)
                .date("confirmation_requested_on", confirmationRequestedOn)
                .date("confirmation_received_on", confirmationReceivedOn)
                .that(dueOn == null || madeOn == null || !dueOn.isBefore(madeOn), "due_on", "not_before", "made_on")
                .that(confirmationReceivedOn == null || confirmationRequestedOn == null
                                || !confirmationReceivedOn.isBefore(confirmationRequestedOn),
                        "confirmation_received_on", "not_before", "confirmation_requested_on")
                .orThrow();
    }

    /** A commitment nobody chases yet. */
    public CommitmentDraft(long stakeholderId, String description, Long demandId, Long interactionId,
                           LocalDate madeOn, LocalDate dueOn, LocalDate confirmationRequestedOn,
                           LocalDate confirmationReceivedOn) {
        this(stakeholderId, description, demandId, interactionId, madeOn, dueOn, confirmationRequestedOn,
                confirmationReceivedOn, null);
    }

    public static CommitmentDraft of(long stakeholderId, String description, LocalDate madeOn) {
        return new CommitmentDraft(stakeholderId, description, null, null, madeOn, null, null, null);
    }

    /** The same commitment chased by another member (null: nobody). */
    public CommitmentDraft withOwnerId(Long owner) {
        return new CommitmentDraft(stakeholderId, description, demandId, interactionId, madeOn, dueOn,
                confirmationRequestedOn, confirmationReceivedOn, owner);
    }

    public CommitmentDraft withConfirmationRequestedOn(LocalDate date) {
        return new CommitmentDraft(stakeholderId, description, demandId, interactionId, madeOn, dueOn, date,
                confirmationReceivedOn, ownerId);
    }

    public CommitmentDraft withConfirmationReceivedOn(LocalDate date) {
        return new CommitmentDraft(stakeholderId, description, demandId, interactionId, madeOn, dueOn,
                confirmationRequestedOn, date, ownerId);
    }
}
