package org.campaigntracker.core.testimony;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the testimonies of one campaign; each public method is one transaction. */
public final class TestimonyService implements Testimonies {

    private final Transactions transactions;
    private final Sealer sealer;

    public TestimonyService(Transactions transactions, Sealer sealer) {
        this.transactions = transactions;
        this.sealer = sealer;
    }

    @Override
    public Testimony add(long campaignId, TestimonyDraft draft) {
        return transactions.write(campaignId, tx -> {
            TestimonyRepository repo = new TestimonyRepository(tx.dsl(), sealer);
            checkReferences(repo, campaignId, draft);
            return repo.insert(campaignId, draft);
        });
    }

    /** Changes the testimony; its demands and themes become exactly those of the draft. Consents are kept. */
    @Override
    public Testimony update(long campaignId, long testimonyId, int expectedVersion, TestimonyDraft draft) {
        return transactions.write(campaignId, tx -> {
            TestimonyRepository repo = new TestimonyRepository(tx.dsl(), sealer);
            existing(repo, campaignId, testimonyId);
            checkReferences(repo, campaignId, draft);
            return repo.update(campaignId, testimonyId, expectedVersion, draft);
        });
    }

    /** Deletes the testimony with its identity and consents. */
    public void delete(long campaignId, long testimonyId, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new TestimonyRepository(tx.dsl(), sealer).delete(campaignId, testimonyId, expectedVersion));
    }

    public Testimony get(long campaignId, long testimonyId) {
        return transactions.read(tx -> existing(new TestimonyRepository(tx.dsl(), sealer), campaignId, testimonyId));
    }

    /** Every testimony by pseudonym, whatever its consents: for the team, not for anything that leaves it. */
    @Override
    public List<Testimony> list(long campaignId) {
        return transactions.read(tx -> new TestimonyRepository(tx.dsl(), sealer).list(campaignId));
    }

    @Override
    public Testimony giveConsent(long campaignId, long testimonyId, ConsentDraft consent) {
        return transactions.write(campaignId, tx -> {
            TestimonyRepository repo = new TestimonyRepository(tx.dsl(), sealer);
            if (!repo.insertConsent(campaignId, testimonyId, consent)) {
                throw new NotFoundException("testimony", testimonyId);
            }
            repo.touch(campaignId, testimonyId);
            return existing(repo, campaignId, testimonyId);
        });
    }

    /** Withdraws every consent for this use from {@code on}; the testimony stops being usable for it that day. */
    @Override
    public Testimony withdrawConsent(long campaignId, long testimonyId, ConsentUse use, LocalDate on) {
        Check.of().required("use", use).required("withdrawn_on", on).date("withdrawn_on", on).orThrow();
        return transactions.write(campaignId, tx -> {
            TestimonyRepository repo = new TestimonyRepository(tx.dsl(), sealer);
            existing(repo, campaignId, testimonyId);
            if (repo.withdrawConsents(campaignId, testimonyId, use, on) == 0) {
                throw new NotFoundException("consent", use.code());
            }
            repo.touch(campaignId, testimonyId);
            return existing(repo, campaignId, testimonyId);
        });
    }

    /** Who the person really is; empty when it was never recorded or was forgotten. */
    @Override
    public Optional<TestimonyIdentity> identity(long campaignId, long testimonyId) {
        return transactions.transaction(tx -> {
            TestimonyRepository repo = new TestimonyRepository(tx.dsl(), sealer);
            existing(repo, campaignId, testimonyId);
            return repo.identity(campaignId, testimonyId);
        });
    }

    @Override
    public void setIdentity(long campaignId, long testimonyId, TestimonyIdentity identity) {
        transactions.writeVoid(campaignId, tx -> {
            if (!new TestimonyRepository(tx.dsl(), sealer).saveIdentity(campaignId, testimonyId, identity)) {
                throw new NotFoundException("testimony", testimonyId);
            }
        });
    }

    /** Erases the identity (the person asked to be forgotten) and keeps the pseudonymous story. */
    public void forgetIdentity(long campaignId, long testimonyId) {
        transactions.writeVoid(campaignId, tx -> {
            TestimonyRepository repo = new TestimonyRepository(tx.dsl(), sealer);
            existing(repo, campaignId, testimonyId);
            repo.deleteIdentity(campaignId, testimonyId);
        });
    }

    private static Testimony existing(TestimonyRepository repo, long campaignId, long testimonyId) {
        return repo.find(campaignId, testimonyId).orElseThrow(() -> new NotFoundException("testimony", testimonyId));
    }

    // The foreign keys would refuse these too, but only here can the error name the field the user filled.
    private static void checkReferences(TestimonyRepository repo, long campaignId, TestimonyDraft d) {
        Check.of()
                .that(d.collectedById() == null || repo.membersExist(campaignId, List.of(d.collectedById())),
                        "collected_by", "db.reference")
                .that(repo.demandsExist(campaignId, d.demandIds()), "demands", "db.reference")
                .that(repo.themesExist(campaignId, d.themeIds()), "themes", "db.reference")
                .orThrow();
    }
}
