package org.campaigntracker.core.member;

import org.campaigntracker.core.seal.Sealer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.access.TokenRepository;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderRepository;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the members of one campaign; each public method is one transaction. */
public final class MemberService implements Members {

    private final Transactions transactions;
    private final Clock clock;
    private final Sealer sealer;

    public MemberService(Transactions transactions, Clock clock, Sealer sealer) {
        this.transactions = transactions;
        this.clock = clock;
        this.sealer = sealer;
    }

    @Override
    public Member add(long campaignId, MemberDraft draft) {
        return transactions.write(campaignId, tx -> {
            checkOrganisation(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return new MemberRepository(tx.dsl(), sealer).insert(campaignId, draft);
        });
    }

    @Override
    public Member update(long campaignId, long memberId, int expectedVersion, MemberDraft draft) {
        return transactions.write(campaignId, tx -> {
            MemberRepository repo = new MemberRepository(tx.dsl(), sealer);
            repo.member(campaignId, memberId).orElseThrow(() -> new NotFoundException("member", memberId));
            checkOrganisation(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return repo.update(campaignId, memberId, expectedVersion, draft);
        });
    }

    /**
     * The member left the coalition on a day: they stay in the history (meetings, trainings, tokens' trail), leave the
     * lists, and every token they hold is revoked in the same transaction, so none outlives their leaving.
     */
    @Override
    public Member leave(long campaignId, long memberId, int expectedVersion, LocalDate on) {
        Check.of().required("on", on).date("on", on).orThrow();
        Member left = transactions.write(campaignId, tx -> {
            Member m = new MemberRepository(tx.dsl(), sealer).leave(campaignId, memberId, expectedVersion, on);
            new TokenRepository(tx.dsl()).revokeHeldBy(campaignId, memberId, OffsetDateTime.now(clock));
            return m;
        });
        // Committed: this process's checked-token caches drop the revoked ones now.
        transactions.watch().tokensChanged();
        return left;
    }

    /** Back in the coalition (the day they left is cleared); their old tokens stay revoked. */
    @Override
    public Member rejoin(long campaignId, long memberId, int expectedVersion) {
        return transactions.write(campaignId, tx -> new MemberRepository(tx.dsl(), sealer)
                .leave(campaignId, memberId, expectedVersion, null));
    }

    /**
     * Removes the member and their attendance at trainings; the database revokes the tokens they held (changeset
     * 0033), so none keeps working without a holder.
     */
    public void delete(long campaignId, long memberId, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new MemberRepository(tx.dsl(), sealer).delete(campaignId, memberId, expectedVersion));
        // Committed: this process's checked-token caches drop the revoked ones now.
        transactions.watch().tokensChanged();
    }

    @Override
    public Member get(long campaignId, long memberId) {
        return transactions.read(tx -> new MemberRepository(tx.dsl(), sealer).member(campaignId, memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId)));
    }

    @Override
    public List<Member> list(long campaignId) {
        return transactions.read(tx -> new MemberRepository(tx.dsl(), sealer).members(campaignId));
    }

    private static void checkOrganisation(StakeholderRepository stakeholders, long campaignId, MemberDraft draft) {
        if (draft.organisationId() == null) {
            return;
        }
        Stakeholder organisation = stakeholders.stakeholder(campaignId, draft.organisationId())
                .orElseThrow(() -> InvalidInputException.of("organisation", "db.reference"));
        if (!organisation.isOrganisation()) {
            throw InvalidInputException.of("organisation", "organisation");
        }
    }
}
