package org.campaigntracker.core.press;

import java.util.List;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the press coverage of one campaign; each public method is one transaction. */
public final class PressService implements PressItems {

    private final Transactions transactions;

    public PressService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Records a press item; a second item with the same URL in the campaign is a conflict. */
    @Override
    public PressItem add(long campaignId, PressItemDraft draft) {
        return transactions.write(campaignId, tx -> {
            PressRepository repo = new PressRepository(tx.dsl());
            checkReferences(repo, campaignId, draft);
            return repo.insert(campaignId, draft);
        }, added -> Change.pressItem(added.id()));
    }

    /** Changes the item; its themes, demands, quotes and testimonies become exactly those of the draft. */
    public PressItem update(long campaignId, long pressItemId, int expectedVersion, PressItemDraft draft) {
        return transactions.write(campaignId, tx -> {
            PressRepository repo = new PressRepository(tx.dsl());
            repo.find(campaignId, pressItemId).orElseThrow(() -> new NotFoundException("press_item", pressItemId));
            checkReferences(repo, campaignId, draft);
            return repo.update(campaignId, pressItemId, expectedVersion, draft);
        }, updated -> Change.pressItem(pressItemId));
    }

    public void delete(long campaignId, long pressItemId, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.pressItem(pressItemId),
                tx -> new PressRepository(tx.dsl()).delete(campaignId, pressItemId, expectedVersion));
    }

    @Override
    public PressItem get(long campaignId, long pressItemId) {
        return transactions.read(tx -> new PressRepository(tx.dsl()).find(campaignId, pressItemId)
                .orElseThrow(() -> new NotFoundException("press_item", pressItemId)));
    }

    /** Newest first (published_on, then id, descending). */
    @Override
    public List<PressItem> list(long campaignId, PressFilter filter) {
        return transactions.read(tx -> new PressRepository(tx.dsl()).list(campaignId, filter));
    }

    // The foreign keys would refuse these too, but only here can the error name the field the user filled.
    private static void checkReferences(PressRepository repo, long campaignId, PressItemDraft d) {
        Check.of()
                .that(repo.themesExist(campaignId, d.themeIds()), "themes", "db.reference")
                .that(repo.demandsExist(campaignId, d.demandIds()), "demands", "db.reference")
                .that(repo.stakeholdersExist(campaignId, d.quotedStakeholderIds()), "quoted", "db.reference")
                .that(repo.testimoniesExist(campaignId, d.testimonyIds()), "testimonies", "db.reference")
                .that(repo.outreachExists(campaignId, d.outreachId()), "outreach_id", "db.reference")
                .orThrow();
    }
}
