package org.campaigntracker.core.stakeholder;

import org.campaigntracker.core.common.Check;

/**
 * Which stakeholders a list shows; a null criterion does not filter.
 *
 * @param minPower       only stakeholders with at least this power
 * @param organisationId only people and sub-organisations of this organisation
 */
public record StakeholderFilter(StakeholderCategory category, Integer minPower, Long organisationId) {

    public static final StakeholderFilter ALL = new StakeholderFilter(null, null, null);

    public StakeholderFilter {
        Check.of().range("min_power", minPower, 1, 5).orThrow();
    }

    public StakeholderFilter withCategory(StakeholderCategory c) {
        return new StakeholderFilter(c, minPower, organisationId);
    }

    public StakeholderFilter withMinPower(Integer p) {
        return new StakeholderFilter(category, p, organisationId);
    }

    public StakeholderFilter withOrganisation(Long id) {
        return new StakeholderFilter(category, minPower, id);
    }
}
