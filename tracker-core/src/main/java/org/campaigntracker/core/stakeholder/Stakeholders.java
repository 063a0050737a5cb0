package org.campaigntracker.core.stakeholder;

import java.util.List;

/**
 * What a front door asks of a campaign's stakeholders: {@link StakeholderService} answers over the database, the CLI's
 * remote mode over the HTTP API. Names are matched here, on the list either gives, so they forgive alike.
 */
public interface Stakeholders {

    Stakeholder add(long campaignId, StakeholderDraft draft);

    Stakeholder update(long campaignId, long stakeholderId, int expectedVersion, StakeholderDraft draft);

    Stakeholder get(long campaignId, long stakeholderId);

    List<Stakeholder> list(long campaignId, StakeholderFilter filter);

    default List<Stakeholder> list(long campaignId) {
        return list(campaignId, StakeholderFilter.ALL);
    }

    /** By partial, accent-insensitive name, "name organisation" ("grivel cnaf") or function. */
    default Stakeholder find(long campaignId, String query) {
        return StakeholderMatchers.STAKEHOLDERS.find(query, list(campaignId));
    }

    default Stakeholder findOrganisation(long campaignId, String query) {
        return StakeholderMatchers.ORGANISATIONS.find(query,
                list(campaignId).stream().filter(Stakeholder::isOrganisation).toList());
    }
}
