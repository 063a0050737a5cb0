package org.campaigntracker.core.stewardship;

import java.time.LocalDate;
import java.util.List;

/**
 * What a front door asks of who looks after each relationship: {@link StewardshipService} answers over the database,
 * the CLI's remote mode over the HTTP API.
 */
public interface Stewardships {

    Stewardship get(long campaignId, long stakeholderId);

    Stewardship put(long campaignId, long stakeholderId, int expectedVersion, StewardshipDraft draft);

    AccessRating rate(long campaignId, long stakeholderId, AccessDraft draft);

    /** The stakeholder's access ratings, newest first. */
    List<AccessRating> accessHistory(long campaignId, long stakeholderId);

    /** Relationships past their cadence on {@code asOf}, of one owner when given. */
    List<RelationshipDue> due(long campaignId, Long ownerId, LocalDate asOf);
}
