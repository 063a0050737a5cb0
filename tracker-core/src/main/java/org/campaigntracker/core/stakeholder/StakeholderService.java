package org.campaigntracker.core.stakeholder;

import java.util.List;
import java.util.Objects;
import org.campaigntracker.core.common.ConflictException;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the stakeholders of one campaign; each public method is one transaction. */
public final class StakeholderService implements Stakeholders {

    private final Transactions transactions;
    private final StakeholderDirectory directory;

    public StakeholderService(Transactions transactions) {
        this.transactions = transactions;
        this.directory = new StakeholderDirectory(transactions);
    }

    @Override
    public Stakeholder add(long campaignId, StakeholderDraft draft) {
        return transactions.write(campaignId, tx -> {
            StakeholderRepository repo = new StakeholderRepository(tx.dsl());
            checkIdentity(repo, campaignId, null, draft, organisationName(repo, campaignId, null, draft));
            return repo.insert(campaignId, draft);
        });
    }

    @Override
    public Stakeholder update(long campaignId, long stakeholderId, int expectedVersion, StakeholderDraft draft) {
        return transactions.write(campaignId, tx -> {
            StakeholderRepository repo = new StakeholderRepository(tx.dsl());
            Stakeholder current = repo.stakeholder(campaignId, stakeholderId)
                    .orElseThrow(() -> new NotFoundException("stakeholder", stakeholderId));
            String organisationName = organisationName(repo, campaignId, stakeholderId, draft);
            if (current.isOrganisation() && draft.kind() == StakeholderKind.person
                    && repo.hasMembers(campaignId, stakeholderId)) {
                throw InvalidInputException.of("kind", "organisation_has_people");
            }
            checkIdentity(repo, campaignId, stakeholderId, draft, organisationName);
            return repo.update(campaignId, stakeholderId, expectedVersion, draft);
        });
    }

    /**
     * Removes the stakeholder with its contact points and relationships; its people stay, without organisation. The
     * database revokes the tokens an organisation held (changeset 0033).
     */
    public void delete(long campaignId, long stakeholderId, int expectedVersion) {
        transactions.writeVoid(campaignId,
                tx -> new StakeholderRepository(tx.dsl()).delete(campaignId, stakeholderId, expectedVersion));
        // Committed: this process's checked-token caches drop the revoked ones now.
        transactions.watch().tokensChanged();
    }

    @Override
    public Stakeholder get(long campaignId, long stakeholderId) {
        return transactions.read(tx -> new StakeholderRepository(tx.dsl()).stakeholder(campaignId, stakeholderId)
                .orElseThrow(() -> new NotFoundException("stakeholder", stakeholderId)));
    }

    @Override
    public List<Stakeholder> list(long campaignId, StakeholderFilter filter) {
        return transactions.read(tx -> new StakeholderRepository(tx.dsl()).stakeholders(campaignId, filter));
    }

    /**
     * One page of {@link #list(long, StakeholderFilter)}, in the same order (name, then id); the unfiltered list's pages
     * come from memory (see {@link StakeholderDirectory}).
     */
    public List<Stakeholder> list(long campaignId, StakeholderFilter filter, Page page) {
        if (filter.equals(StakeholderFilter.ALL) && !transactions.inTransaction()) {
            return directory.page(campaignId, page);
        }
        return transactions.read(tx -> new StakeholderRepository(tx.dsl()).stakeholders(campaignId, filter, page));
    }

    /** The people who belong to an organisation, by name. */
    /** Earlier stance, power, category and function, oldest first; the current values are in {@link #get}. */
    public List<StakeholderRevision> history(long campaignId, long stakeholderId) {
        get(campaignId, stakeholderId);
        return transactions.read(tx -> new StakeholderHistoryRepository(tx.dsl()).revisions(stakeholderId));
    }

    public List<Stakeholder> members(long campaignId, long organisationId) {
        return transactions.transaction(tx -> {
            StakeholderRepository repo = new StakeholderRepository(tx.dsl());
            repo.stakeholder(campaignId, organisationId).filter(Stakeholder::isOrganisation)
                    .orElseThrow(() -> new NotFoundException("organisation", organisationId));
            return repo.stakeholders(campaignId, StakeholderFilter.ALL.withOrganisation(organisationId)).stream()
                    .filter(s -> s.kind() == StakeholderKind.person).toList();
        });
    }

    /** The organisation's name, after checking it is an organisation of this campaign other than the stakeholder. */
    private static String organisationName(StakeholderRepository repo, long campaignId, Long selfId,
                                           StakeholderDraft draft) {
        if (draft.organisationId() == null) {
            return null;
        }
        if (Objects.equals(draft.organisationId(), selfId)) {
            throw InvalidInputException.of("organisation", "db.stakeholder_not_own_organisation");
        }
        Stakeholder organisation = repo.stakeholder(campaignId, draft.organisationId())
                .orElseThrow(() -> InvalidInputException.of("organisation", "db.reference"));
        if (!organisation.isOrganisation()) {
            throw InvalidInputException.of("organisation", "organisation");
        }
        return organisation.name();
    }

    // The unique index would refuse it too; checking first lets the message say who is already there.
    private static void checkIdentity(StakeholderRepository repo, long campaignId, Long selfId, StakeholderDraft draft,
                                      String organisationName) {
        if (repo.identityTaken(campaignId, draft.name(), draft.organisationId(), selfId)) {
            throw new ConflictException("stakeholder.exists",
                    organisationName == null ? draft.name() : draft.name() + " (" + organisationName + ")");
        }
    }
}
