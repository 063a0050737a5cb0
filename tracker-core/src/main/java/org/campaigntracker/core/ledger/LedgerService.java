package org.campaigntracker.core.ledger;

import java.util.List;
import org.campaigntracker.core.demand.DemandRepository;
import org.campaigntracker.core.ledger.LedgerMatrix.Target;
import org.campaigntracker.core.position.PositionRepository;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.store.Transactions;
import org.jooq.DSLContext;

/** Reads the ledger of one campaign in one transaction, so the matrix and its timeline agree. */
public final class LedgerService implements Ledgers {

    private final Transactions transactions;
    private final StakeholderService stakeholders;

    public LedgerService(Transactions transactions, StakeholderService stakeholders) {
        this.transactions = transactions;
        this.stakeholders = stakeholders;
    }

    @Override
    public LedgerMatrix ledger(long campaignId) {
        return transactions.transaction(tx -> {
            DSLContext d = tx.dsl();
            List<Target> targets = stakeholders.list(campaignId).stream()
                    .filter(s -> s.category() == StakeholderCategory.direct_target)
                    .map(s -> new Target(s.id(), s.label())).toList();
            DemandRepository demands = new DemandRepository(d);
            return LedgerRules.build(demands.themes(campaignId), demands.demands(campaignId), targets,
                    new PositionRepository(d).all(campaignId));
        });
    }
}
