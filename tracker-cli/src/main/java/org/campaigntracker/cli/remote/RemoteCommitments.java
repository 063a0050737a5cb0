package org.campaigntracker.cli.remote;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.api.commitment.CommitmentRepresentation;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.commitment.CommitmentStatus;
import org.campaigntracker.core.commitment.Commitments;

/**
 * The commitments register through the API ({@code …/commitments}). Asking for and receiving the written confirmation
 * are updates of the commitment as read, guarded by the version the command read.
 */
final class RemoteCommitments implements Commitments {

    private final RemoteSession session;

    RemoteCommitments(RemoteSession session) {
        this.session = session;
    }

    @Override
    public Commitment add(long campaignId, CommitmentDraft draft) {
        return session.api().send("POST", session.path(campaignId, "/commitments"),
                CommitmentRepresentation.of(draft), null, CommitmentRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Commitment update(long campaignId, long commitmentId, int expectedVersion, CommitmentDraft draft) {
        return session.api().send("PUT", session.path(campaignId, "/commitments/" + commitmentId),
                CommitmentRepresentation.of(draft), expectedVersion, CommitmentRepresentation.class)
                .toDomain(campaignId);
    }

    @Override
    public Commitment close(long campaignId, long commitmentId, int expectedVersion, CommitmentStatus status,
                            LocalDate on) {
        return session.api().send("POST", session.path(campaignId, "/commitments/" + commitmentId + "/close"),
                new CommitmentRepresentation.Closing(Wire.code(status), on), expectedVersion,
                CommitmentRepresentation.class).toDomain(campaignId);
    }

    @Override
    public Commitment requestConfirmation(long campaignId, long commitmentId, int expectedVersion, LocalDate on) {
        return update(campaignId, commitmentId, expectedVersion,
                commitment(campaignId, commitmentId).toDraft().withConfirmationRequestedOn(on));
    }

    @Override
    public Commitment confirmationReceived(long campaignId, long commitmentId, int expectedVersion, LocalDate on) {
        return update(campaignId, commitmentId, expectedVersion,
                commitment(campaignId, commitmentId).toDraft().withConfirmationReceivedOn(on));
    }

    @Override
    public Commitment commitment(long campaignId, long commitmentId) {
        return session.api().get(session.path(campaignId, "/commitments/" + commitmentId),
                CommitmentRepresentation.class).toDomain(campaignId);
    }

    @Override
    public List<Commitment> list(long campaignId, CommitmentStatus status, Long stakeholderId, Long demandId) {
        return session.api().list(session.path(campaignId, "/commitments" + new Query()
                        .add("status", Wire.code(status)).add("stakeholder", stakeholderId).add("demand", demandId)),
                CommitmentRepresentation.class).stream().map(c -> c.toDomain(campaignId)).toList();
    }
}
