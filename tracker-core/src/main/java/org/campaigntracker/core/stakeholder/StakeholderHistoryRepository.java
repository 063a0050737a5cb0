package org.campaigntracker.core.stakeholder;

import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER_REVISION;

import java.util.List;
import org.jooq.DSLContext;

/** Earlier values of stakeholders, kept by a database trigger on every change of stance, power or role. */
public final class StakeholderHistoryRepository {

    private final DSLContext dsl;

    public StakeholderHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<StakeholderRevision> revisions(long stakeholderId) {
        return dsl.selectFrom(STAKEHOLDER_REVISION).where(STAKEHOLDER_REVISION.STAKEHOLDER_ID.eq(stakeholderId))
                .orderBy(STAKEHOLDER_REVISION.VERSION)
                .fetch(r -> new StakeholderRevision(r.getVersion(), r.getFunctionTitle(), r.getOrganisationId(),
                        StakeholderCategory.valueOf(r.getCategory().getLiteral()), r.getPower(), r.getStance(),
                        r.getValidFrom(), r.getValidUntil()));
    }
}
