package org.campaigntracker.core.status;

import java.time.LocalDate;

/**
 * Where the campaign stands: {@link StatusService} answers over the database, the CLI's remote mode over the HTTP API
 * (whose day is the server's).
 */
public interface Statuses {

    CampaignStatus status(long campaignId, LocalDate asOf, int quietDays);
}
