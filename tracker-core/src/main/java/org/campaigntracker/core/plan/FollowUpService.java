package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.jooq.DSLContext;

/** Use cases on the follow-up tasks of one campaign; each public method is one transaction. */
public final class FollowUpService {

    private final DSLContext dsl;

    public FollowUpService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public FollowUp add(long campaignId, FollowUpDraft draft) {
        return dsl.transactionResult(tx -> new FollowUpRepository(tx.dsl()).insert(campaignId, draft));
    }

    public FollowUp update(long campaignId, long followUpId, int expectedVersion, FollowUpDraft draft) {
        return dsl.transactionResult(tx ->
                new FollowUpRepository(tx.dsl()).update(campaignId, followUpId, expectedVersion, draft));
    }

    public FollowUp done(long campaignId, long followUpId, int expectedVersion, LocalDate on) {
        if (on == null) {
            throw InvalidInputException.of("done_on", "required");
        }
        return dsl.transactionResult(tx -> {
            FollowUpRepository repo = new FollowUpRepository(tx.dsl());
            FollowUp current = repo.followUp(campaignId, followUpId)
                    .orElseThrow(() -> new NotFoundException("follow_up", followUpId));
            return repo.update(campaignId, followUpId, expectedVersion, current.toDraft().withDoneOn(on));
        });
    }

    public void delete(long campaignId, long followUpId, int expectedVersion) {
        dsl.transaction(tx -> new FollowUpRepository(tx.dsl()).delete(campaignId, followUpId, expectedVersion));
    }

    public FollowUp followUp(long campaignId, long followUpId) {
        return new FollowUpRepository(dsl).followUp(campaignId, followUpId)
                .orElseThrow(() -> new NotFoundException("follow_up", followUpId));
    }

    /** All follow-ups, or only those not done yet. */
    public List<FollowUp> list(long campaignId, boolean openOnly) {
        return new FollowUpRepository(dsl).list(campaignId, openOnly);
    }

    /** Not done and due before {@code today}. */
    public List<FollowUp> overdue(long campaignId, LocalDate today) {
        return new FollowUpRepository(dsl).overdue(campaignId, today);
    }
}
