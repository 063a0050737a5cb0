package org.campaigntracker.core.stakeholder;

import java.util.List;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.store.Transactions;
import org.jooq.DSLContext;

/** Use cases on the links between stakeholders of one campaign; each public method is one transaction. */
public final class RelationshipService implements Relationships {

    private final Transactions transactions;

    public RelationshipService(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Relationship add(long campaignId, RelationshipDraft draft) {
        return transactions.write(campaignId, tx -> {
            checkEnds(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return new RelationshipRepository(tx.dsl()).insert(campaignId, draft);
        });
    }

    public Relationship update(long campaignId, long relationshipId, int expectedVersion, RelationshipDraft draft) {
        return transactions.write(campaignId, tx -> {
            RelationshipRepository repo = new RelationshipRepository(tx.dsl());
            repo.relationship(campaignId, relationshipId)
                    .orElseThrow(() -> new NotFoundException("relationship", relationshipId));
            checkEnds(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return repo.update(campaignId, relationshipId, expectedVersion, draft);
        });
    }

    public void delete(long campaignId, long relationshipId, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new RelationshipRepository(tx.dsl()).delete(campaignId, relationshipId, expectedVersion));
    }

    public Relationship get(long campaignId, long relationshipId) {
        return transactions.read(tx -> new RelationshipRepository(tx.dsl()).relationship(campaignId, relationshipId)
                .orElseThrow(() -> new NotFoundException("relationship", relationshipId)));
    }

    public List<Relationship> list(long campaignId) {
        return transactions.read(tx -> new RelationshipRepository(tx.dsl()).relationships(campaignId));
    }

    /** Every link from or to the stakeholder. */
    @Override
    public List<Relationship> listOf(long campaignId, long stakeholderId) {
        return transactions.transaction(tx -> {
            requireStakeholder(tx.dsl(), campaignId, stakeholderId);
            return new RelationshipRepository(tx.dsl()).relationshipsOf(campaignId, stakeholderId);
        });
    }

    /**
     * One page of the campaign's links in id order, cut by the database; with a stakeholder, only the links from or
     * to it, and an unknown stakeholder is refused rather than answered with an empty page.
     */
    public List<Relationship> list(long campaignId, Long stakeholderId, Page page) {
        return transactions.transaction(tx -> {
            if (stakeholderId != null) {
                requireStakeholder(tx.dsl(), campaignId, stakeholderId);
            }
            return new RelationshipRepository(tx.dsl()).relationships(campaignId, stakeholderId, page);
        });
    }

    private static void requireStakeholder(DSLContext dsl, long campaignId, long stakeholderId) {
        if (!new StakeholderRepository(dsl).exists(campaignId, stakeholderId)) {
            throw new NotFoundException("stakeholder", stakeholderId);
        }
    }

    // The foreign keys refuse a foreign end too, but only this check can name both bad ends at once.
    private static void checkEnds(StakeholderRepository stakeholders, long campaignId, RelationshipDraft draft) {
        Check.of()
                .that(stakeholders.exists(campaignId, draft.fromId()), "from", "db.reference")
                .that(stakeholders.exists(campaignId, draft.toId()), "to", "db.reference")
                .orThrow();
    }
}
