package org.campaigntracker.core.campaign;

import java.util.List;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Transactions;

/** Use cases on campaigns; each public method is one transaction. */
public final class CampaignService implements Campaigns {

    private final Transactions transactions;

    public CampaignService(Transactions transactions) {
        this.transactions = transactions;
    }

    public Campaign create(CampaignDraft draft) {
        return transactions.transaction(tx -> {
            CampaignRepository repo = new CampaignRepository(tx.dsl());
            if (repo.findBySlug(draft.slug()).isPresent()) {
                throw new ConflictException("campaign.exists", draft.slug());
            }
            return repo.insert(draft);
        });
    }

    @Override
    public Campaign get(String slug) {
        return transactions.read(tx -> new CampaignRepository(tx.dsl()).findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("campaign", slug,
                        new CampaignRepository(tx.dsl()).list().stream().map(Campaign::slug)
                                .filter(s -> s.contains(slug) || slug.contains(s)).toList())));
    }

    public Campaign get(long id) {
        return transactions.read(tx -> new CampaignRepository(tx.dsl()).findById(id))
                .orElseThrow(() -> new NotFoundException("campaign", id));
    }

    @Override
    public List<Campaign> list() {
        return transactions.read(tx -> new CampaignRepository(tx.dsl()).list());
    }

    @Override
    public Campaign update(String slug, int expectedVersion, CampaignDraft draft) {
        return transactions.transaction(tx -> {
            CampaignRepository repo = new CampaignRepository(tx.dsl());
            Campaign current = repo.findBySlug(slug).orElseThrow(() -> new NotFoundException("campaign", slug));
            tx.changed(current.id());
            return repo.update(current.id(), expectedVersion, draft);
        });
    }

    public void delete(String slug, int expectedVersion) {
        transactions.transaction(tx -> {
            CampaignRepository repo = new CampaignRepository(tx.dsl());
            Campaign current = repo.findBySlug(slug).orElseThrow(() -> new NotFoundException("campaign", slug));
            repo.delete(current.id(), expectedVersion);
            tx.changed(current.id());
            return null;
        });
    }
}
