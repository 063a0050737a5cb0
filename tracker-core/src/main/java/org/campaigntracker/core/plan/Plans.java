package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a front door asks of the retro-plan's milestones: {@link PlanService} answers over the database, the CLI's
 * remote mode over the HTTP API.
 */
public interface Plans {

    Milestone add(long campaignId, MilestoneDraft draft);

    Milestone markDone(long campaignId, long milestoneId, int expectedVersion, LocalDate on);

    Milestone milestone(long campaignId, long milestoneId);

    List<Milestone> milestones(long campaignId);

    /** The retro-plan as of {@code today}, dated from the campaign's current deadline. */
    List<PlanEntry> plan(long campaignId, LocalDate today);
}
