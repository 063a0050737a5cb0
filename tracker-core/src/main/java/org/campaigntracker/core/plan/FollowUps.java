package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a front door asks of the follow-ups after meetings: {@link FollowUpService} answers over the database, the
 * CLI's remote mode over the HTTP API.
 */
public interface FollowUps {

    FollowUp add(long campaignId, FollowUpDraft draft);

    FollowUp done(long campaignId, long followUpId, int expectedVersion, LocalDate on);

    FollowUp followUp(long campaignId, long followUpId);

    /** All follow-ups, or only those not done yet. */
    List<FollowUp> list(long campaignId, boolean openOnly);
}
