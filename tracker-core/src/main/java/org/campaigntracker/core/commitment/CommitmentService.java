package org.campaigntracker.core.commitment;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the commitments register of one campaign; each public method is one transaction. */
public final class CommitmentService implements Commitments {

    private final Transactions transactions;

    public CommitmentService(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Commitment add(long campaignId, CommitmentDraft draft) {
        return transactions.write(campaignId, tx -> new CommitmentRepository(tx.dsl()).insert(campaignId, draft),
                added -> Change.commitment(added.id()));
    }

    @Override
    public Commitment update(long campaignId, long commitmentId, int expectedVersion, CommitmentDraft draft) {
        return transactions.write(campaignId, tx -> new CommitmentRepository(tx.dsl())
                .update(campaignId, commitmentId, expectedVersion, draft), updated -> Change.commitment(commitmentId));
    }

    /** Records that the promise was kept, broken or withdrawn on {@code on}. */
    @Override
    public Commitment close(long campaignId, long commitmentId, int expectedVersion, CommitmentStatus status,
                            LocalDate on) {
        if (status == null || status == CommitmentStatus.open) {
            throw InvalidInputException.of("status", "one_of", "kept, broken, withdrawn");
        }
        if (on == null) {
            throw InvalidInputException.of("status_changed_on", "required");
        }
        CampaignDates.require("status_changed_on", on);
        return transactions.write(campaignId, tx -> {
            CommitmentRepository repo = new CommitmentRepository(tx.dsl());
            Commitment current = existing(repo, campaignId, commitmentId);
            if (on.isBefore(current.madeOn())) {
                throw InvalidInputException.of("status_changed_on", "not_before", "made_on");
            }
            return repo.updateStatus(campaignId, commitmentId, expectedVersion, status, on);
        }, updated -> Change.commitment(commitmentId));
    }

    /** The coalition asked for the promise in writing, as after the 17 January 2023 meeting. */
    @Override
    public Commitment requestConfirmation(long campaignId, long commitmentId, int expectedVersion, LocalDate on) {
        return transactions.write(campaignId, tx -> {
            CommitmentRepository repo = new CommitmentRepository(tx.dsl());
            CommitmentDraft draft = existing(repo, campaignId, commitmentId).toDraft().withConfirmationRequestedOn(on);
            return repo.update(campaignId, commitmentId, expectedVersion, draft);
        }, updated -> Change.commitment(commitmentId));
    }

    @Override
    public Commitment confirmationReceived(long campaignId, long commitmentId, int expectedVersion, LocalDate on) {
        return transactions.write(campaignId, tx -> {
            CommitmentRepository repo = new CommitmentRepository(tx.dsl());
            CommitmentDraft draft = existing(repo, campaignId, commitmentId).toDraft().withConfirmationReceivedOn(on);
            return repo.update(campaignId, commitmentId, expectedVersion, draft);
        }, updated -> Change.commitment(commitmentId));
    }

    public void delete(long campaignId, long commitmentId, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.commitment(commitmentId),
                tx -> new CommitmentRepository(tx.dsl()).delete(campaignId, commitmentId, expectedVersion));
    }

    @Override
    public Commitment commitment(long campaignId, long commitmentId) {
        return transactions.read(tx -> existing(new CommitmentRepository(tx.dsl()), campaignId, commitmentId));
    }

    /** Every filter is optional (null): by status, by who promised, by demand. */
    @Override
    public List<Commitment> list(long campaignId, CommitmentStatus status, Long stakeholderId, Long demandId) {
        return transactions.read(tx -> new CommitmentRepository(tx.dsl())
                .list(campaignId, status, stakeholderId, demandId));
    }

    /** Open commitments whose due date is before {@code today}. */
    public List<Commitment> overdue(long campaignId, LocalDate today) {
        return transactions.read(tx -> new CommitmentRepository(tx.dsl()).overdue(campaignId, today));
    }

    private static Commitment existing(CommitmentRepository repo, long campaignId, long commitmentId) {
        return repo.commitment(campaignId, commitmentId)
                .orElseThrow(() -> new NotFoundException("commitment", commitmentId));
    }
}
