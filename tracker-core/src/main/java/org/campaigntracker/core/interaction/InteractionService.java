package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.CampaignCache;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the contact log of one campaign; each public method is one transaction. */
public final class InteractionService {

    private final Transactions transactions;
    // Partners poll the same interactions again and again; a server keeps them while the campaign is unchanged.
    private final CampaignCache<Long, Interaction> byId;

    public InteractionService(Transactions transactions) {
        this.transactions = transactions;
        this.byId = new CampaignCache<>(transactions, 10_000);
    }

    /** One statement, so one round trip; the checks that name every wrong field run only when it is refused. */
    public Interaction log(long campaignId, InteractionDraft draft) {
        return transactions.statement(tx -> {
            InteractionRepository repo = new InteractionRepository(tx.dsl());
            try {
                Interaction logged = repo.insert(campaignId, draft, tx::statementTxid);
                tx.changed(campaignId, Change.interactionAdded(logged.id()));
                return logged;
            } catch (InvalidInputException refused) {
                checkReferences(repo, campaignId, draft);
                throw refused;
            }
        });
    }

    /** Changes the interaction; participants, attendees and demands become exactly those of the draft. */
    public Interaction update(long campaignId, long interactionId, int expectedVersion, InteractionDraft draft) {
        return transactions.write(campaignId, tx -> {
            InteractionRepository repo = new InteractionRepository(tx.dsl());
            repo.find(campaignId, interactionId).orElseThrow(() -> new NotFoundException("interaction", interactionId));
            checkReferences(repo, campaignId, draft);
            return repo.update(campaignId, interactionId, expectedVersion, draft);
        }, updated -> Change.interaction(interactionId));
    }

    public void delete(long campaignId, long interactionId, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.interaction(interactionId),
                tx -> new InteractionRepository(tx.dsl()).delete(campaignId, interactionId, expectedVersion));
    }

    public Interaction get(long campaignId, long interactionId) {
        return byId.get(campaignId, interactionId, () -> transactions.read(
                tx -> new InteractionRepository(tx.dsl()).find(campaignId, interactionId))
                .orElseThrow(() -> new NotFoundException("interaction", interactionId)));
    }

    /** Newest first (occurred_on, then id, descending). */
    public List<Interaction> list(long campaignId, InteractionFilter filter, Page page) {
        return transactions.read(tx -> new InteractionRepository(tx.dsl()).list(campaignId, filter, page));
    }

    /** Per stakeholder, the day of the latest interaction they took part in; planned (future) ones do not count. */
    public Map<Long, LocalDate> lastContact(long campaignId) {
        return lastContact(campaignId, LocalDate.now());
    }

    /** As {@link #lastContact(long)}, counting only interactions on or before {@code asOf}. */
    public Map<Long, LocalDate> lastContact(long campaignId, LocalDate asOf) {
        return transactions.read(tx -> new InteractionRepository(tx.dsl()).lastContact(campaignId, asOf));
    }

    /**
     * Logs an interaction imported from a calendar event or an e-mail, with its source reference ({@code ics:} or
     * {@code eml:} and a SHA-256 digest); a reference already used in the campaign is refused (conflict).
     */
    public Interaction logImported(long campaignId, InteractionDraft draft, String sourceRef) {
        return transactions.transaction(tx -> {
            Interaction logged = log(campaignId, draft);
            new InteractionSources(tx.dsl()).mark(campaignId, logged.id(), sourceRef);
            return logged;
        });
    }

    /** Those of the source references already logged in the campaign. */
    public Set<String> imported(long campaignId, Collection<String> sourceRefs) {
        return sourceRefs.isEmpty() ? Set.of()
                : transactions.read(tx -> new InteractionSources(tx.dsl()).known(campaignId, sourceRefs));
    }

    /** Interaction id → source reference of every imported interaction, for the campaign file. */
    public Map<Long, String> sources(long campaignId) {
        return transactions.read(tx -> new InteractionSources(tx.dsl()).all(campaignId));
    }

    // The foreign keys would refuse these too, but only here can the error name the field the user filled.
    private static void checkReferences(InteractionRepository repo, long campaignId, InteractionDraft d) {
        Check.of()
                .that(repo.stakeholdersExist(campaignId, d.participantIds()), "participants", "db.reference")
                .that(repo.membersExist(campaignId, d.attendeeIds()), "attendees", "db.reference")
                .that(repo.demandsExist(campaignId, d.demandIds()), "demands", "db.reference")
                .orThrow();
    }
}
