package org.campaigntracker.core.coverage;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.store.Transactions;

/** Reads the coverage report of one campaign in one transaction. */
public final class CoverageService implements CoverageReports {

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

    /** The campaign's press coverage, over its press's span or the latest {@link CoverageWindow#MAX_YEARS} years. */
    public CoverageReport report(long campaignId) {
        return report(campaignId, null, null);
    }

    /**
     * The coverage of the items published from {@code from} to {@code to}, at most {@link CoverageWindow#MAX_YEARS}
     * years apart; a missing bound is taken from the campaign's press.
     */
    @Override
    public CoverageReport report(long campaignId, LocalDate from, LocalDate to) {
        return transactions.transaction(tx -> {
            Map<Long, String> names = stakeholders.list(campaignId).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
            return CoverageRules.report(demands.themes(campaignId), demands.demands(campaignId),
                    press.list(campaignId, PressFilter.all()), names, from, to);
        });
    }
}
