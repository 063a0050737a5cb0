package org.campaigntracker.core.member;

import java.util.List;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NameMatcher;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderRepository;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the members of one campaign; each public method is one transaction. */
public final class MemberService {

    private static final NameMatcher<Member> MEMBERS =
            new NameMatcher<>("member", Member::displayName, m -> List.of(m.displayName()));

    private final Transactions transactions;

    public MemberService(Transactions transactions) {
        this.transactions = transactions;
    }

    public Member add(long campaignId, MemberDraft draft) {
        return transactions.write(campaignId, tx -> {
            checkOrganisation(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return new MemberRepository(tx.dsl()).insert(campaignId, draft);
        });
    }

    public Member update(long campaignId, long memberId, int expectedVersion, MemberDraft draft) {
        return transactions.write(campaignId, tx -> {
            MemberRepository repo = new MemberRepository(tx.dsl());
            repo.member(campaignId, memberId).orElseThrow(() -> new NotFoundException("member", memberId));
            checkOrganisation(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return repo.update(campaignId, memberId, expectedVersion, draft);
        });
    }

    /** Removes the member and their attendance at trainings. */
    public void delete(long campaignId, long memberId, int expectedVersion) {
        transactions.writeVoid(campaignId, tx -> new MemberRepository(tx.dsl()).delete(campaignId, memberId, expectedVersion));
    }

    public Member get(long campaignId, long memberId) {
        return transactions.read(tx -> new MemberRepository(tx.dsl()).member(campaignId, memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId)));
    }

    public List<Member> list(long campaignId) {
        return transactions.read(tx -> new MemberRepository(tx.dsl()).members(campaignId));
    }

    /** By partial, accent-insensitive name ("valerie"). */
    public Member find(long campaignId, String query) {
        return MEMBERS.find(query, list(campaignId));
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
