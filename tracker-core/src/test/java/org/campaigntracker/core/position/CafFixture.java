package org.campaigntracker.core.position;

import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.MEMBER;
import static org.campaigntracker.db.jooq.Tables.PRESS_ITEM;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.time.LocalDate;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.db.jooq.enums.InteractionKind;
import org.campaigntracker.db.jooq.enums.MemberKind;
import org.campaigntracker.db.jooq.enums.PressMedium;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.campaigntracker.db.jooq.enums.StakeholderKind;

/**
 * Rows of other features the ledger, commitment and plan tests stand on, written straight with jOOQ so these
 * tests do not wait for the stakeholder, member, interaction and press services.
 */
public final class CafFixture {

    public final Tracker tracker;
    public final long campaignId;

    public CafFixture(Tracker tracker, String slug) {
        this.tracker = tracker;
        this.campaignId = tracker.campaigns()
                .create(CampaignDraft.of(slug, "Remettre l’humain au cœur des CAF")).id();
    }

    public long stakeholder(String name, StakeholderCategory category) {
        return tracker.dsl().insertInto(STAKEHOLDER)
                .set(STAKEHOLDER.CAMPAIGN_ID, campaignId)
                .set(STAKEHOLDER.KIND, StakeholderKind.person)
                .set(STAKEHOLDER.NAME, name)
                .set(STAKEHOLDER.NAME_KEY, Names.key(name))
                .set(STAKEHOLDER.CATEGORY, category)
                .returning(STAKEHOLDER.ID).fetchOne().getId();
    }

    /** A demand under a fresh theme, through the demand service that the base already has. */
    public long demand(String theme, String title) {
        DemandService demands = tracker.demands();
        long themeId = demands.addTheme(campaignId, ThemeDraft.of(theme)).id();
        return demands.addDemand(campaignId, DemandDraft.of(themeId, title)).id();
    }

    public long meeting(LocalDate on, String title) {
        return tracker.dsl().insertInto(INTERACTION)
                .set(INTERACTION.CAMPAIGN_ID, campaignId)
                .set(INTERACTION.KIND, InteractionKind.meeting)
                .set(INTERACTION.OCCURRED_ON, on)
                .set(INTERACTION.TITLE, title)
                .returning(INTERACTION.ID).fetchOne().getId();
    }

    public long pressItem(String outlet, LocalDate on, String title) {
        return tracker.dsl().insertInto(PRESS_ITEM)
                .set(PRESS_ITEM.CAMPAIGN_ID, campaignId)
                .set(PRESS_ITEM.OUTLET, outlet)
                .set(PRESS_ITEM.MEDIUM, PressMedium.radio)
                .set(PRESS_ITEM.PUBLISHED_ON, on)
                .set(PRESS_ITEM.TITLE, title)
                .returning(PRESS_ITEM.ID).fetchOne().getId();
    }

    public long member(String name) {
        return tracker.dsl().insertInto(MEMBER)
                .set(MEMBER.CAMPAIGN_ID, campaignId)
                .set(MEMBER.DISPLAY_NAME, name)
                .set(MEMBER.NAME_KEY, Names.key(name))
                .set(MEMBER.KIND, MemberKind.coordinator)
                .returning(MEMBER.ID).fetchOne().getId();
    }
}
