package org.campaigntracker.core.member;

import java.util.List;
import org.campaigntracker.core.common.NameMatcher;

/** How {@link Members#find} matches: by display name. */
final class MemberMatcher {

    static final NameMatcher<Member> MEMBERS =
            new NameMatcher<>("member", Member::displayName, m -> List.of(m.displayName()));

    private MemberMatcher() {
    }
}
