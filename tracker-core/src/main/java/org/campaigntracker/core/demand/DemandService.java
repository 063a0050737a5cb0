package org.campaigntracker.core.demand;

import java.util.Comparator;
import java.util.List;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on themes and demands of one campaign; each public method is one transaction. */
public final class DemandService implements Demands {

    private final Transactions transactions;

    public DemandService(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Theme addTheme(long campaignId, ThemeDraft draft) {
        return transactions.write(campaignId, tx -> {
            DemandRepository repo = new DemandRepository(tx.dsl());
            List<Theme> existing = repo.themes(campaignId);
            int nextNumber = existing.stream().mapToInt(t -> Integer.parseInt(t.code())).max().orElse(0) + 1;
            int nextPosition = existing.stream().mapToInt(Theme::position).max().orElse(0) + 1;
            String code = draft.code() != null ? draft.code() : Integer.toString(nextNumber);
            int position = draft.position() != null ? draft.position() : nextPosition;
            return repo.insertTheme(campaignId, code, position, draft);
        }, added -> Change.theme(added.id()));
    }

    @Override
    public Theme updateTheme(long campaignId, long themeId, int expectedVersion, ThemeDraft draft) {
        return transactions.write(campaignId, tx -> {
            DemandRepository repo = new DemandRepository(tx.dsl());
            Theme current = repo.theme(campaignId, themeId).orElseThrow(() -> new NotFoundException("theme", themeId));
            return repo.updateTheme(campaignId, themeId, expectedVersion,
                    draft.code() != null ? draft.code() : current.code(),
                    draft.position() != null ? draft.position() : current.position(), draft);
        }, updated -> Change.theme(themeId));
    }

    public void deleteTheme(long campaignId, long themeId, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.theme(themeId),
                tx -> new DemandRepository(tx.dsl()).deleteTheme(campaignId, themeId, expectedVersion));
    }

    @Override
    public List<Theme> themes(long campaignId) {
        return transactions.read(tx -> new DemandRepository(tx.dsl()).themes(campaignId));
    }

    public Theme theme(long campaignId, long themeId) {
        return transactions.read(tx -> new DemandRepository(tx.dsl()).theme(campaignId, themeId)
                .orElseThrow(() -> new NotFoundException("theme", themeId)));
    }

    @Override
    public Demand addDemand(long campaignId, DemandDraft draft) {
        return transactions.write(campaignId, tx -> {
            DemandRepository repo = new DemandRepository(tx.dsl());
            Theme theme = repo.theme(campaignId, draft.themeId())
                    .orElseThrow(() -> InvalidInputException.of("theme", "db.reference"));
            String code = draft.code() != null ? draft.code() : nextCode(theme, repo.demandCodesOfTheme(theme.id()));
            return repo.insertDemand(campaignId, code, draft);
        }, added -> Change.demand(added.id()));
    }

    @Override
    public Demand updateDemand(long campaignId, long demandId, int expectedVersion, DemandDraft draft) {
        return transactions.write(campaignId, tx -> {
            DemandRepository repo = new DemandRepository(tx.dsl());
            Demand current = repo.demand(campaignId, demandId).orElseThrow(() -> new NotFoundException("demand", demandId));
            if (repo.theme(campaignId, draft.themeId()).isEmpty()) {
                throw InvalidInputException.of("theme", "db.reference");
            }
            return repo.updateDemand(campaignId, demandId, expectedVersion,
                    draft.code() != null ? draft.code() : current.code(), draft);
        }, updated -> Change.demand(demandId));
    }

    public void deleteDemand(long campaignId, long demandId, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.demand(demandId),
                tx -> new DemandRepository(tx.dsl()).deleteDemand(campaignId, demandId, expectedVersion));
    }

    @Override
    public List<Demand> demands(long campaignId) {
        return transactions.read(tx -> new DemandRepository(tx.dsl()).demands(campaignId));
    }

    public Demand demand(long campaignId, long demandId) {
        return transactions.read(tx -> new DemandRepository(tx.dsl()).demand(campaignId, demandId)
                .orElseThrow(() -> new NotFoundException("demand", demandId)));
    }

    @Override
    public List<Revision> themeHistory(long campaignId, long themeId) {
        theme(campaignId, themeId);
        return transactions.read(tx -> new DemandRepository(tx.dsl()).themeRevisions(themeId));
    }

    @Override
    public List<Revision> demandHistory(long campaignId, long demandId) {
        demand(campaignId, demandId);
        return transactions.read(tx -> new DemandRepository(tx.dsl()).demandRevisions(demandId));
    }

    static String nextCode(Theme theme, List<String> existingCodes) {
        String prefix = theme.code() + ".";
        int next = existingCodes.stream()
                .filter(c -> c.startsWith(prefix) && c.indexOf('.', prefix.length()) < 0)
                .map(c -> Integer.parseInt(c.substring(prefix.length())))
                .max(Comparator.naturalOrder()).orElse(0) + 1;
        return prefix + next;
    }
}
