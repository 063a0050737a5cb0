package org.campaigntracker.core.coverage;

import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.jooq.DSLContext;

/** Reads the coverage report of one campaign in one transaction. */
public final class CoverageService {

    private final DSLContext dsl;

    public CoverageService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public CoverageReport report(long campaignId) {
        return dsl.transactionResult(tx -> {
            DSLContext d = tx.dsl();
            DemandService demands = new DemandService(d);
            Map<Long, String> names = new StakeholderService(d).list(campaignId).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
            return CoverageRules.report(demands.themes(campaignId), demands.demands(campaignId),
                    new PressService(d).list(campaignId, PressFilter.all()), names);
        });
    }
}
