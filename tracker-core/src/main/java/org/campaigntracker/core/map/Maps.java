package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a front door asks of the stakeholder map: {@link MapService} builds it over the database, the CLI's remote mode
 * reads the one the server builds.
 */
public interface Maps {

    /** The whole map as of {@code today}: nodes, edges and the gaps to act on. */
    StakeholderMap map(long campaignId, LocalDate today, int staleDays, int gapPower);

    /** The best routes from coalition members and allies to the target, explained in the given language. */
    List<MapService.ExplainedPath> pathsTo(long campaignId, long targetId, LocalDate today, int limit, Locale locale);
}
