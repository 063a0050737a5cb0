package org.campaigntracker.core.position;

import java.util.List;

/**
 * What a front door asks of the positions targets stated: {@link PositionService} answers over the database, the
 * CLI's remote mode over the HTTP API.
 */
public interface Positions {

    /** A new statement; the earlier ones stay as history. */
    Position record(long campaignId, PositionDraft draft);

    /** Every statement of one target on one demand, oldest first. */
    List<Position> history(long campaignId, long stakeholderId, long demandId);
}
