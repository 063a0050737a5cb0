package org.campaigntracker.core.outreach;

import java.util.List;
import org.campaigntracker.core.common.NameMatcher;

/** How {@link Outreaches#find} matches: by title. */
final class OutreachMatcher {

    static final NameMatcher<Outreach> BY_TITLE = new NameMatcher<>("outreach", Outreach::title,
            o -> List.of(o.title()));

    private OutreachMatcher() {
    }
}
