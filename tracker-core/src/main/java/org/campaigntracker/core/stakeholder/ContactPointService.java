package org.campaigntracker.core.stakeholder;

import java.util.List;
import org.campaigntracker.core.common.NotFoundException;
import org.jooq.DSLContext;

/**
 * Use cases on the contact points of stakeholders; each public method is one transaction. Kept apart from
 * {@link StakeholderService} because contact points are personal data with their own access and erasure rules.
 */
public final class ContactPointService {

    private final DSLContext dsl;

    public ContactPointService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ContactPoint add(long campaignId, long stakeholderId, ContactPointDraft draft) {
        return dsl.transactionResult(tx -> {
            requireStakeholder(new StakeholderRepository(tx.dsl()), campaignId, stakeholderId);
            return new ContactPointRepository(tx.dsl()).insert(stakeholderId, draft);
        });
    }

    public ContactPoint update(long campaignId, long contactPointId, int expectedVersion, ContactPointDraft draft) {
        return dsl.transactionResult(tx ->
                new ContactPointRepository(tx.dsl()).update(campaignId, contactPointId, expectedVersion, draft));
    }

    public void delete(long campaignId, long contactPointId, int expectedVersion) {
        dsl.transaction(tx -> new ContactPointRepository(tx.dsl()).delete(campaignId, contactPointId, expectedVersion));
    }

    public ContactPoint get(long campaignId, long contactPointId) {
        return new ContactPointRepository(dsl).contactPoint(campaignId, contactPointId)
                .orElseThrow(() -> new NotFoundException("contact_point", contactPointId));
    }

    public List<ContactPoint> list(long campaignId, long stakeholderId) {
        return dsl.transactionResult(tx -> {
            requireStakeholder(new StakeholderRepository(tx.dsl()), campaignId, stakeholderId);
            return new ContactPointRepository(tx.dsl()).contactPoints(campaignId, stakeholderId);
        });
    }

    private static void requireStakeholder(StakeholderRepository repo, long campaignId, long stakeholderId) {
        if (!repo.exists(campaignId, stakeholderId)) {
            throw new NotFoundException("stakeholder", stakeholderId);
        }
    }
}
