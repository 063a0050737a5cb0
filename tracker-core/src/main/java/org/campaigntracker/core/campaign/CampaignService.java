package org.campaigntracker.core.campaign;

import java.util.List;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.NotFoundException;
import org.jooq.DSLContext;

/** Use cases on campaigns; each public method is one transaction. */
public final class CampaignService {

    private final DSLContext dsl;

    public CampaignService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Campaign create(CampaignDraft draft) {
        return dsl.transactionResult(tx -> {
            CampaignRepository repo = new CampaignRepository(tx.dsl());
            if (repo.findBySlug(draft.slug()).isPresent()) {
                throw new ConflictException("campaign.exists", draft.slug());
            }
            return repo.insert(draft);
        });
    }

    public Campaign get(String slug) {
        return new CampaignRepository(dsl).findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("campaign", slug,
                        new CampaignRepository(dsl).list().stream().map(Campaign::slug)
                                .filter(s -> s.contains(slug) || slug.contains(s)).toList()));
    }

    public Campaign get(long id) {
        return new CampaignRepository(dsl).findById(id).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    public List<Campaign> list() {
        return new CampaignRepository(dsl).list();
    }

    public Campaign update(String slug, int expectedVersion, CampaignDraft draft) {
        return dsl.transactionResult(tx -> {
            CampaignRepository repo = new CampaignRepository(tx.dsl());
            Campaign current = repo.findBySlug(slug).orElseThrow(() -> new NotFoundException("campaign", slug));
            return repo.update(current.id(), expectedVersion, draft);
        });
    }

    public void delete(String slug, int expectedVersion) {
        dsl.transaction(tx -> {
            CampaignRepository repo = new CampaignRepository(tx.dsl());
            Campaign current = repo.findBySlug(slug).orElseThrow(() -> new NotFoundException("campaign", slug));
            repo.delete(current.id(), expectedVersion);
        });
    }
}
