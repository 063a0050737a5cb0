package org.campaigntracker.core.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * What a front door asks of the commitments register: {@link CommitmentService} answers over the database, the CLI's
 * remote mode over the HTTP API.
 */
public interface Commitments {

    Commitment add(long campaignId, CommitmentDraft draft);

    Commitment update(long campaignId, long commitmentId, int expectedVersion, CommitmentDraft draft);

    /** Records that the promise was kept, broken or withdrawn on {@code on}. */
    Commitment close(long campaignId, long commitmentId, int expectedVersion, CommitmentStatus status, LocalDate on);

    /** The coalition asked for the promise in writing on {@code on}. */
    Commitment requestConfirmation(long campaignId, long commitmentId, int expectedVersion, LocalDate on);

    /** The promise came in writing on {@code on}. */
    Commitment confirmationReceived(long campaignId, long commitmentId, int expectedVersion, LocalDate on);

    Commitment commitment(long campaignId, long commitmentId);

    /** Every filter is optional (null): by status, by who promised, by demand. */
    List<Commitment> list(long campaignId, CommitmentStatus status, Long stakeholderId, Long demandId);
}
