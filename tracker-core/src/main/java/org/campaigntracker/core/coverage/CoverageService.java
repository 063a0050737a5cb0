package org.campaigntracker.core.coverage;

import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.store.Transactions;

/** Reads the coverage report of one campaign in one transaction. */
public final class CoverageService {

    private final Transactions transactions;
    private final DemandService demands;
    private final StakeholderService stakeholders;
    private final PressService press;

    public CoverageService(Transactions transactions, DemandService demands, StakeholderService stakeholders,
                           PressService press) {
        this.transactions = transactions;
        this.demands = demands;
        this.stakeholders = stakeholders;
        this.press = press;
    }

    public CoverageReport report(long campaignId) {
        return transactions.transaction(tx -> {
            Map<Long, String> names = stakeholders.list(campaignId).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
            return CoverageRules.report(demands.themes(campaignId), demands.demands(campaignId),
                    press.list(campaignId, PressFilter.all()), names);
        });
    }
}
