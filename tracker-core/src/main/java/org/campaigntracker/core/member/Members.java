package org.campaigntracker.core.member;

import java.time.LocalDate;
import java.util.List;

/**
 * What a front door asks of the coalition's members: {@link MemberService} answers over the database, the CLI's
 * remote mode over the HTTP API. Names are matched here, on the list either gives.
 */
public interface Members {

    Member add(long campaignId, MemberDraft draft);

    Member update(long campaignId, long memberId, int expectedVersion, MemberDraft draft);

    /** The member leaves the campaign on {@code on}; the tokens they hold are revoked. */
    Member leave(long campaignId, long memberId, int expectedVersion, LocalDate on);

    Member rejoin(long campaignId, long memberId, int expectedVersion);

    Member get(long campaignId, long memberId);

    List<Member> list(long campaignId);

    /** By partial, accent-insensitive name ("valerie"). */
    default Member find(long campaignId, String query) {
        return MemberMatcher.MEMBERS.find(query, list(campaignId));
    }
}
