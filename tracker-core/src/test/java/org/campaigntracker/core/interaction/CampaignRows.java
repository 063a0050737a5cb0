package org.campaigntracker.core.interaction;

import static org.campaigntracker.db.jooq.Tables.MEMBER;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import org.campaigntracker.core.common.Names;
import org.campaigntracker.db.jooq.enums.MemberKind;
import org.campaigntracker.db.jooq.enums.StakeholderKind;
import org.jooq.DSLContext;

/**
 * Rows owned by other features (stakeholders, members), written straight with jOOQ so these tests do not depend on
 * those features' services. Shared by the interaction, press and testimony tests.
 */
public final class CampaignRows {

    private final DSLContext dsl;
    private final long campaignId;

    public CampaignRows(DSLContext dsl, long campaignId) {
        this.dsl = dsl;
        this.campaignId = campaignId;
    }

    public long person(String name) {
        return stakeholder(StakeholderKind.person, name);
    }

    public long organisation(String name) {
        return stakeholder(StakeholderKind.organisation, name);
    }

    public long member(String name) {
        return dsl.insertInto(MEMBER)
                .set(MEMBER.CAMPAIGN_ID, campaignId)
                .set(MEMBER.DISPLAY_NAME, name)
                .set(MEMBER.NAME_KEY, Names.key(name))
                .set(MEMBER.KIND, MemberKind.coordinator)
                .returning(MEMBER.ID).fetchOne(MEMBER.ID);
    }

    private long stakeholder(StakeholderKind kind, String name) {
        return dsl.insertInto(STAKEHOLDER)
                .set(STAKEHOLDER.CAMPAIGN_ID, campaignId)
                .set(STAKEHOLDER.KIND, kind)
                .set(STAKEHOLDER.NAME, name)
                .set(STAKEHOLDER.NAME_KEY, Names.key(name))
                .returning(STAKEHOLDER.ID).fetchOne(STAKEHOLDER.ID);
    }
}
