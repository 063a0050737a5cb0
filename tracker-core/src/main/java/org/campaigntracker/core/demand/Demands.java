package org.campaigntracker.core.demand;

import java.util.List;

/**
 * What a front door asks of a campaign's themes and demands: {@link DemandService} answers over the database, the
 * CLI's remote mode over the HTTP API. Codes and titles are matched here, on the lists either gives.
 */
public interface Demands {

    Theme addTheme(long campaignId, ThemeDraft draft);

    Theme updateTheme(long campaignId, long themeId, int expectedVersion, ThemeDraft draft);

    List<Theme> themes(long campaignId);

    List<Revision> themeHistory(long campaignId, long themeId);

    Demand addDemand(long campaignId, DemandDraft draft);

    Demand updateDemand(long campaignId, long demandId, int expectedVersion, DemandDraft draft);

    List<Demand> demands(long campaignId);

    List<Revision> demandHistory(long campaignId, long demandId);

    /** By code ("3") or by partial, accent-insensitive title. */
    default Theme findTheme(long campaignId, String query) {
        return DemandMatchers.THEMES.find(query, themes(campaignId));
    }

    /** By code ("1.2") or by partial, accent-insensitive title ("suspension"). */
    default Demand findDemand(long campaignId, String query) {
        return DemandMatchers.DEMANDS.find(query, demands(campaignId));
    }
}
