package org.campaigntracker.core.mobilisation;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the mobilisations of one campaign; each public method is one unit of work. */
public final class MobilisationService implements Mobilisations {

    private final Transactions transactions;

    public MobilisationService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** A new mobilisation; with {@code firstCount}, its count on the launch day (80 organisations signed). */
    @Override
    public Mobilisation add(long campaignId, MobilisationDraft draft, Long firstCount) {
        MobilisationCount first = firstCount == null ? null : MobilisationCount.of(draft.launchedOn(), firstCount);
        return transactions.write(campaignId, tx -> {
            MobilisationRepository repo = new MobilisationRepository(tx.dsl());
            checkReferences(repo, campaignId, draft);
            long id = repo.insert(campaignId, draft);
            if (first != null) {
                repo.putCounts(campaignId, id, 1, List.of(first));
            }
            return existing(repo, campaignId, id);
        }, added -> Change.mobilisation(added.id()));
    }

    /** Changes title, kind, launch day, demands and targets; counts and delivery stay. */
    public Mobilisation update(long campaignId, long id, int expectedVersion, MobilisationDraft draft) {
        return transactions.write(campaignId, tx -> {
            MobilisationRepository repo = new MobilisationRepository(tx.dsl());
            Mobilisation current = existing(repo, campaignId, id);
            checkReferences(repo, campaignId, draft);
            Check.of().that(current.delivery() == null || !current.delivery().on().isBefore(draft.launchedOn()),
                    "launched_on", "not_after", "delivered_on").orThrow();
            repo.update(campaignId, id, expectedVersion, draft);
            return existing(repo, campaignId, id);
        }, updated -> Change.mobilisation(id));
    }

    /** The count on its day, replacing one already given for that day. */
    @Override
    public Mobilisation count(long campaignId, long id, int expectedVersion, MobilisationCount count) {
        return count(campaignId, id, expectedVersion, List.of(count));
    }

    /** Several counts at once (a campaign file's), each replacing one already given for its day. */
    public Mobilisation count(long campaignId, long id, int expectedVersion, List<MobilisationCount> counts) {
        return putCounts(campaignId, id, expectedVersion, counts);
    }

    /**
     * The counts of a platform's CSV export, all or none; days already counted take the file's figure. {@code source}
     * names the file in error messages (its name, or the API's body field).
     */
    @Override
    public Imported importCounts(long campaignId, long id, int expectedVersion, String csv, String source) {
        CountsCsv.Result read = CountsCsv.read(csv, source);
        return new Imported(putCounts(campaignId, id, expectedVersion, read.counts()), read);
    }

    /** A mobilisation after an import, and what the file held. */
    public record Imported(Mobilisation mobilisation, CountsCsv.Result file) {
    }

    /**
     * Handed to a target on a day; the target's answer, when known, is an interaction of kind written response.
     * A null delivery undoes a delivery recorded by mistake.
     */
    @Override
    public Mobilisation deliver(long campaignId, long id, int expectedVersion, Delivery delivery) {
        return transactions.write(campaignId, tx -> {
            MobilisationRepository repo = new MobilisationRepository(tx.dsl());
            Mobilisation current = existing(repo, campaignId, id);
            if (delivery != null) {
                Check check = Check.of()
                        .that(!delivery.on().isBefore(current.launchedOn()), "delivered_on", "not_before",
                                "launched_on")
                        .that(delivery.toId() == null || repo.stakeholdersExist(campaignId, List.of(delivery.toId())),
                                "delivered_to", "db.reference");
                if (delivery.responseInteractionId() != null) {
                    String kind = repo.interactionKind(campaignId, delivery.responseInteractionId()).orElse(null);
                    check.that(kind != null, "response_interaction_id", "db.reference")
                            .that(kind == null || kind.equals("written_response"), "response_interaction_id",
                                    "not_a_response");
                }
                check.orThrow();
            }
            repo.deliver(campaignId, id, expectedVersion, delivery);
            return existing(repo, campaignId, id);
        }, updated -> Change.mobilisation(id));
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.mobilisation(id),
                tx -> new MobilisationRepository(tx.dsl()).delete(campaignId, id, expectedVersion));
    }

    public Mobilisation get(long campaignId, long id) {
        return transactions.read(tx -> existing(new MobilisationRepository(tx.dsl()), campaignId, id));
    }

    /** Newest launch first, each with its counts. */
    @Override
    public List<Mobilisation> list(long campaignId) {
        return transactions.read(tx -> new MobilisationRepository(tx.dsl()).list(campaignId));
    }

    private Mobilisation putCounts(long campaignId, long id, int expectedVersion, List<MobilisationCount> counts) {
        if (counts.isEmpty()) {
            throw InvalidInputException.of("count", "required");
        }
        return transactions.write(campaignId, tx -> {
            MobilisationRepository repo = new MobilisationRepository(tx.dsl());
            existing(repo, campaignId, id);
            repo.putCounts(campaignId, id, expectedVersion, counts);
            return existing(repo, campaignId, id);
        }, updated -> Change.mobilisation(id));
    }

    // The foreign keys would refuse these too, but only here can the error name the field the user filled.
    private static void checkReferences(MobilisationRepository repo, long campaignId, MobilisationDraft d) {
        Check.of()
                .that(repo.demandsExist(campaignId, d.demandIds()), "demand_ids", "db.reference")
                .that(repo.stakeholdersExist(campaignId, d.targetIds()), "target_ids", "db.reference")
                .orThrow();
    }

    private static Mobilisation existing(MobilisationRepository repo, long campaignId, long id) {
        return repo.find(campaignId, id).orElseThrow(() -> new NotFoundException("mobilisation", id));
    }
}
