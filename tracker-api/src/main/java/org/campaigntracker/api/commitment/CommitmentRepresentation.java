package org.campaigntracker.api.commitment;

import java.time.LocalDate;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.commitment.CommitmentStatus;

/**
 * A commitment, and the body of a create or update (status and its date change through /close); {@code ownerId}: the
 * member who chases it.
 */
public record CommitmentRepresentation(Long id, Long stakeholderId, String description, Long demandId,
                                       Long interactionId, LocalDate madeOn, LocalDate dueOn,
                                       LocalDate confirmationRequestedOn, LocalDate confirmationReceivedOn,
                                       String status, LocalDate statusChangedOn, Long ownerId, Integer version) {

    public static CommitmentRepresentation from(Commitment c) {
        return new CommitmentRepresentation(c.id(), c.stakeholderId(), c.description(), c.demandId(),
                c.interactionId(), c.madeOn(), c.dueOn(), c.confirmationRequestedOn(), c.confirmationReceivedOn(),
                Wire.code(c.status()), c.statusChangedOn(), c.ownerId(), c.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static CommitmentRepresentation of(CommitmentDraft d) {
        return new CommitmentRepresentation(null, d.stakeholderId(), d.description(), d.demandId(),
                d.interactionId(), d.madeOn(), d.dueOn(), d.confirmationRequestedOn(), d.confirmationReceivedOn(),
                null, null, d.ownerId(), null);
    }

    /** The commitment this answer describes (a client's view: the server's fields, as core holds them). */
    public Commitment toDomain(long campaignId) {
        return new Commitment(id, campaignId, stakeholderId, description, demandId, interactionId, madeOn, dueOn,
                confirmationRequestedOn, confirmationReceivedOn, Wire.enumValue(CommitmentStatus.class, status,
                "status"), statusChangedOn, ownerId, version);
    }

    CommitmentDraft toDraft() {
        return new CommitmentDraft(Wire.required(stakeholderId, "stakeholder_id"), description, demandId,
                interactionId, madeOn, dueOn, confirmationRequestedOn, confirmationReceivedOn, ownerId);
    }

    /** The body of /close: kept, broken or withdrawn, and the day it became so. */
    public record Closing(String status, LocalDate on) {
    }
}
