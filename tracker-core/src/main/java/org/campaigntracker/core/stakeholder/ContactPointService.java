package org.campaigntracker.core.stakeholder;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.store.Transactions;

/**
 * Use cases on the contact points of stakeholders; each public method is one transaction. Kept apart from
 * {@link StakeholderService} because contact points are personal data with their own access and erasure rules.
 */
public final class ContactPointService implements ContactPoints {

    /** How many e-mail addresses one lookup opens at most. */
    public static final int MAX_EMAILS_READ = 50_000;

    private final Transactions transactions;
    private final Sealer sealer;

    public ContactPointService(Transactions transactions, Sealer sealer) {
        this.transactions = transactions;
        this.sealer = sealer;
    }

    @Override
    public ContactPoint add(long campaignId, long stakeholderId, ContactPointDraft draft) {
        return transactions.write(campaignId, tx -> {
            requireStakeholder(new StakeholderRepository(tx.dsl()), campaignId, stakeholderId);
            return new ContactPointRepository(tx.dsl(), sealer).insert(stakeholderId, draft);
        });
    }

    public ContactPoint update(long campaignId, long contactPointId, int expectedVersion, ContactPointDraft draft) {
        return transactions.write(campaignId, tx -> new ContactPointRepository(tx.dsl(), sealer).update(campaignId, contactPointId, expectedVersion, draft));
    }

    public void delete(long campaignId, long contactPointId, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new ContactPointRepository(tx.dsl(), sealer).delete(campaignId, contactPointId, expectedVersion));
    }

    public ContactPoint get(long campaignId, long contactPointId) {
        return transactions.read(tx -> new ContactPointRepository(tx.dsl(), sealer).contactPoint(campaignId, contactPointId)
                .orElseThrow(() -> new NotFoundException("contact_point", contactPointId)));
    }

    @Override
    public List<ContactPoint> list(long campaignId, long stakeholderId) {
        return transactions.transaction(tx -> {
            requireStakeholder(new StakeholderRepository(tx.dsl()), campaignId, stakeholderId);
            return new ContactPointRepository(tx.dsl(), sealer).contactPoints(campaignId, stakeholderId);
        });
    }

    /**
     * Stakeholder ids by e-mail address (lower case), for matching the people of an imported invitation or e-mail.
     * Opens at most {@link #MAX_EMAILS_READ} sealed addresses of this campaign's stakeholders, and only here in core.
     */
    public Map<String, Set<Long>> stakeholdersByEmail(long campaignId) {
        Map<String, Set<Long>> byEmail = new HashMap<>();
        for (ContactPoint c : transactions.read(
                tx -> new ContactPointRepository(tx.dsl(), sealer).emails(campaignId, MAX_EMAILS_READ))) {
            byEmail.computeIfAbsent(c.value().strip().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                    .add(c.stakeholderId());
        }
        return byEmail;
    }

    private static void requireStakeholder(StakeholderRepository repo, long campaignId, long stakeholderId) {
        if (!repo.exists(campaignId, stakeholderId)) {
            throw new NotFoundException("stakeholder", stakeholderId);
        }
    }
}
