package org.campaigntracker.core.activity;

import java.util.List;
import org.campaigntracker.core.interaction.Page;
import org.jooq.DSLContext;

/** Reads the activity feed of one campaign. */
public final class ActivityService {

    private final DSLContext dsl;

    public ActivityService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Newest first (date, then kind, then id, so pages never overlap). With {@code personalData} false (partners),
     * an interaction shows its public summary, never its private one, and commitments are left out: a partner
     * follows the campaign's public progress, not who promised what in a closed meeting.
     */
    public List<ActivityEntry> feed(long campaignId, boolean personalData, ActivityFilter filter, Page page) {
        return new ActivityRepository(dsl).feed(campaignId, personalData, filter, page);
    }
}
