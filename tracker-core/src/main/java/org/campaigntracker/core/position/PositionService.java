package org.campaigntracker.core.position;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandRepository;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the demand × target ledger of one campaign; each public method is one transaction. */
public final class PositionService implements Positions {

    private final Transactions transactions;

    public PositionService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Appends a statement; earlier ones stay as history. */
    @Override
    public Position record(long campaignId, PositionDraft draft) {
        return transactions.write(campaignId, tx -> new PositionRepository(tx.dsl()).insert(campaignId, draft),
                added -> Change.positionOn(added.demandId()));
    }

    /** Fixes a statement recorded wrongly (wrong date, wrong evidence); a new stance is {@link #record} instead. */
    public Position correct(long campaignId, long positionId, int expectedVersion, PositionDraft draft) {
        return transactions.transaction(tx -> {
            PositionRepository repo = new PositionRepository(tx.dsl());
            Optional<Position> before = repo.position(campaignId, positionId);
            Position corrected = repo.update(campaignId, positionId, expectedVersion, draft);
            // A correction may move the statement to another demand: both demands changed.
            before.ifPresent(p -> tx.changed(campaignId, Change.positionOn(p.demandId())));
            tx.changed(campaignId, Change.positionOn(corrected.demandId()));
            return corrected;
        });
    }

    public void delete(long campaignId, long positionId, int expectedVersion) {
        transactions.transaction(tx -> {
            PositionRepository repo = new PositionRepository(tx.dsl());
            Optional<Position> before = repo.position(campaignId, positionId);
            repo.delete(campaignId, positionId, expectedVersion);
            tx.changed(campaignId, Change.positionOn(before.orElseThrow().demandId()));
            return null;
        });
    }

    public Position position(long campaignId, long positionId) {
        return transactions.read(tx -> new PositionRepository(tx.dsl()).position(campaignId, positionId)
                .orElseThrow(() -> new NotFoundException("position", positionId)));
    }

    @Override
    public List<Position> history(long campaignId, long stakeholderId, long demandId) {
        return transactions.read(tx -> new PositionRepository(tx.dsl()).history(campaignId, stakeholderId, demandId));
    }

    /** Every statement of the campaign, oldest first (two on one day in the order they were recorded). */
    public List<Position> all(long campaignId) {
        return transactions.read(tx -> new PositionRepository(tx.dsl()).all(campaignId));
    }

    public List<Position> current(long campaignId) {
        return transactions.read(tx -> new PositionRepository(tx.dsl()).current(campaignId));
    }

    /**
     * Every demand of the campaign, in demand order, with its status among the given direct targets. Callers pass
     * the direct targets' ids so the ledger does not depend on how stakeholders are categorised.
     */
    public Map<Long, DemandStatus> ledger(long campaignId, Collection<Long> directTargetIds) {
        return transactions.transaction(tx -> {
            Set<Long> targets = Set.copyOf(directTargetIds);
            List<Position> current = new PositionRepository(tx.dsl()).current(campaignId).stream()
                    .filter(p -> targets.contains(p.stakeholderId())).toList();
            Map<Long, DemandStatus> ledger = new LinkedHashMap<>();
            for (Demand demand : new DemandRepository(tx.dsl()).demands(campaignId)) {
                ledger.put(demand.id(), Ledger.status(demand.id(), current));
            }
            return Collections.unmodifiableMap(ledger);
        });
    }
}
