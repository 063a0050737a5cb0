package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the follow-up tasks of one campaign; each public method is one transaction. */
public final class FollowUpService implements FollowUps {

    private final Transactions transactions;

    public FollowUpService(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public FollowUp add(long campaignId, FollowUpDraft draft) {
        return transactions.write(campaignId, tx -> new FollowUpRepository(tx.dsl()).insert(campaignId, draft));
    }

    public FollowUp update(long campaignId, long followUpId, int expectedVersion, FollowUpDraft draft) {
        return transactions.write(campaignId, tx -> new FollowUpRepository(tx.dsl()).update(campaignId, followUpId, expectedVersion, draft));
    }

    @Override
    public FollowUp done(long campaignId, long followUpId, int expectedVersion, LocalDate on) {
        if (on == null) {
            throw InvalidInputException.of("done_on", "required");
        }
        return transactions.write(campaignId, tx -> {
            FollowUpRepository repo = new FollowUpRepository(tx.dsl());
            FollowUp current = repo.followUp(campaignId, followUpId)
                    .orElseThrow(() -> new NotFoundException("follow_up", followUpId));
            return repo.update(campaignId, followUpId, expectedVersion, current.toDraft().withDoneOn(on));
        });
    }

    public void delete(long campaignId, long followUpId, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new FollowUpRepository(tx.dsl()).delete(campaignId, followUpId, expectedVersion));
    }

    @Override
    public FollowUp followUp(long campaignId, long followUpId) {
        return transactions.read(tx -> new FollowUpRepository(tx.dsl()).followUp(campaignId, followUpId)
                .orElseThrow(() -> new NotFoundException("follow_up", followUpId)));
    }

    /** All follow-ups, or only those not done yet. */
    @Override
    public List<FollowUp> list(long campaignId, boolean openOnly) {
        return transactions.read(tx -> new FollowUpRepository(tx.dsl()).list(campaignId, openOnly));
    }

    /** Not done and due before {@code today}. */
    public List<FollowUp> overdue(long campaignId, LocalDate today) {
        return transactions.read(tx -> new FollowUpRepository(tx.dsl()).overdue(campaignId, today));
    }
}
