package org.campaigntracker.core.member;

import java.util.List;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NameMatcher;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderRepository;
import org.jooq.DSLContext;

/** Use cases on the members of one campaign; each public method is one transaction. */
public final class MemberService {

    private static final NameMatcher<Member> MEMBERS =
            new NameMatcher<>("member", Member::displayName, m -> List.of(m.displayName()));

    private final DSLContext dsl;

    public MemberService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Member add(long campaignId, MemberDraft draft) {
        return dsl.transactionResult(tx -> {
            checkOrganisation(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return new MemberRepository(tx.dsl()).insert(campaignId, draft);
        });
    }

    public Member update(long campaignId, long memberId, int expectedVersion, MemberDraft draft) {
        return dsl.transactionResult(tx -> {
            MemberRepository repo = new MemberRepository(tx.dsl());
            repo.member(campaignId, memberId).orElseThrow(() -> new NotFoundException("member", memberId));
            checkOrganisation(new StakeholderRepository(tx.dsl()), campaignId, draft);
            return repo.update(campaignId, memberId, expectedVersion, draft);
        });
    }

    /** Removes the member and their attendance at trainings. */
    public void delete(long campaignId, long memberId, int expectedVersion) {
        dsl.transaction(tx -> new MemberRepository(tx.dsl()).delete(campaignId, memberId, expectedVersion));
    }

    public Member get(long campaignId, long memberId) {
        return new MemberRepository(dsl).member(campaignId, memberId)
                .orElseThrow(() -> new NotFoundException("member", memberId));
    }

    public List<Member> list(long campaignId) {
        return new MemberRepository(dsl).members(campaignId);
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
