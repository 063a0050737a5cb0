package org.campaigntracker.core.transfer;

import static org.campaigntracker.db.jooq.Tables.CONTACT_POINT;
import static org.campaigntracker.db.jooq.Tables.MEMBER;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.DEMAND_REVISION;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER_REVISION;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_CONSENT;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_IDENTITY;
import static org.campaigntracker.db.jooq.Tables.THEME;
import static org.campaigntracker.db.jooq.Tables.THEME_REVISION;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.common.DatabaseErrors;
import org.campaigntracker.core.transfer.CampaignFile.IdentityData;
import org.campaigntracker.db.jooq.enums.ConsentUse;
import org.campaigntracker.db.jooq.enums.NamingRule;
import org.campaigntracker.db.jooq.enums.StakeholderCategory;
import org.jooq.DSLContext;

/**
 * What the feature services do not offer because only a whole-campaign copy needs it: sealed values as stored (never
 * opened, so the file carries ciphertext), consents with their withdrawal, and the wording, role and stance history
 * that database triggers keep, read and written as rows. Every read is scoped to one campaign.
 */
final class TransferRepository {

    /** One kept earlier state of a theme, demand or stakeholder: {@code owner} is the row it belongs to. */
    record ThemeRevisionRow(long owner, CampaignFile.ThemeWording wording) {
    }

    record DemandRevisionRow(long owner, long themeId, CampaignFile.DemandWording wording) {
    }

    record StakeholderRevisionRow(long owner, Long organisationId, CampaignFile.StakeholderState state) {
    }

    private final DSLContext dsl;

    TransferRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Contact point id → value as stored (sealed). */
    Map<Long, String> storedContactValues(long campaignId) {
        return dsl.select(CONTACT_POINT.ID, CONTACT_POINT.VALUE).from(CONTACT_POINT).join(STAKEHOLDER)
                .on(STAKEHOLDER.ID.eq(CONTACT_POINT.STAKEHOLDER_ID)).where(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId))
                .fetchMap(CONTACT_POINT.ID, CONTACT_POINT.VALUE);
    }

    /** Testimony id → story as stored (sealed). */
    Map<Long, String> storedStories(long campaignId) {
        return dsl.select(TESTIMONY.ID, TESTIMONY.STORY).from(TESTIMONY).where(TESTIMONY.CAMPAIGN_ID.eq(campaignId))
                .fetchMap(TESTIMONY.ID, TESTIMONY.STORY);
    }

    /** Testimony id → identity as stored (sealed). */
    Map<Long, IdentityData> storedIdentities(long campaignId) {
        return dsl.select(TESTIMONY_IDENTITY.TESTIMONY_ID, TESTIMONY_IDENTITY.FULL_NAME, TESTIMONY_IDENTITY.CONTACT,
                        TESTIMONY_IDENTITY.NOTES).from(TESTIMONY_IDENTITY).join(TESTIMONY)
                .on(TESTIMONY.ID.eq(TESTIMONY_IDENTITY.TESTIMONY_ID)).where(TESTIMONY.CAMPAIGN_ID.eq(campaignId))
                .fetchMap(r -> r.value1(), r -> new IdentityData(r.value2(), r.value3(), r.value4()));
    }

    /** Member id → contact as stored (sealed). */
    Map<Long, String> storedMemberContacts(long campaignId) {
        return dsl.select(MEMBER.ID, MEMBER.CONTACT).from(MEMBER)
                .where(MEMBER.CAMPAIGN_ID.eq(campaignId), MEMBER.CONTACT.isNotNull())
                .fetchMap(MEMBER.ID, MEMBER.CONTACT);
    }

    void keepMemberContact(long memberId, String stored) {
        dsl.update(MEMBER).set(MEMBER.CONTACT, stored).where(MEMBER.ID.eq(memberId)).execute();
    }

    void keepContactValue(long contactId, String stored) {
        dsl.update(CONTACT_POINT).set(CONTACT_POINT.VALUE, stored).where(CONTACT_POINT.ID.eq(contactId)).execute();
    }

    void keepStory(long testimonyId, String stored) {
        dsl.update(TESTIMONY).set(TESTIMONY.STORY, stored).where(TESTIMONY.ID.eq(testimonyId)).execute();
    }

    void insertIdentity(long testimonyId, IdentityData stored) {
        dsl.insertInto(TESTIMONY_IDENTITY).set(TESTIMONY_IDENTITY.TESTIMONY_ID, testimonyId)
                .set(TESTIMONY_IDENTITY.FULL_NAME, stored.fullName()).set(TESTIMONY_IDENTITY.CONTACT, stored.contact())
                .set(TESTIMONY_IDENTITY.NOTES, stored.notes()).execute();
    }

    /** A consent as it was, withdrawal included; the database checks the order of its dates. */
    void insertConsent(long testimonyId, org.campaigntracker.core.testimony.ConsentDraft c, LocalDate withdrawnOn) {
        DatabaseErrors.translated(() -> dsl.insertInto(TESTIMONY_CONSENT)
                .set(TESTIMONY_CONSENT.TESTIMONY_ID, testimonyId)
                .set(TESTIMONY_CONSENT.USE, ConsentUse.lookupLiteral(c.use().code()))
                .set(TESTIMONY_CONSENT.NAMING, NamingRule.lookupLiteral(c.naming().name().toLowerCase(Locale.ROOT)))
                .set(TESTIMONY_CONSENT.GIVEN_ON, c.givenOn()).set(TESTIMONY_CONSENT.EXPIRES_ON, c.expiresOn())
                .set(TESTIMONY_CONSENT.WITHDRAWN_ON, withdrawnOn).set(TESTIMONY_CONSENT.RECORDED_BY, c.recordedBy())
                .execute());
    }

    List<ThemeRevisionRow> themeHistory(long campaignId) {
        var r = THEME_REVISION;
        return dsl.select(r.fields()).from(r).join(THEME).on(THEME.ID.eq(r.THEME_ID))
                .where(THEME.CAMPAIGN_ID.eq(campaignId)).orderBy(r.THEME_ID, r.VERSION).fetchInto(r)
                .map(x -> new ThemeRevisionRow(x.getThemeId(), new CampaignFile.ThemeWording(x.getVersion(),
                        x.getCode(), x.getPosition(), x.getTitle(), x.getDescription(), x.getRetiredOn(),
                        x.getValidFrom(), x.getValidUntil())));
    }

    List<DemandRevisionRow> demandHistory(long campaignId) {
        var r = DEMAND_REVISION;
        return dsl.select(r.fields()).from(r).join(DEMAND).on(DEMAND.ID.eq(r.DEMAND_ID))
                .where(DEMAND.CAMPAIGN_ID.eq(campaignId)).orderBy(r.DEMAND_ID, r.VERSION).fetchInto(r)
                .map(x -> new DemandRevisionRow(x.getDemandId(), x.getThemeId(), new CampaignFile.DemandWording(
                        x.getVersion(), 0, x.getCode(), x.getTitle(), x.getBody(), x.getRetiredOn(),
                        x.getValidFrom(), x.getValidUntil())));
    }

    List<StakeholderRevisionRow> stakeholderHistory(long campaignId) {
        var r = STAKEHOLDER_REVISION;
        return dsl.select(r.fields()).from(r).join(STAKEHOLDER).on(STAKEHOLDER.ID.eq(r.STAKEHOLDER_ID))
                .where(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId)).orderBy(r.STAKEHOLDER_ID, r.VERSION).fetchInto(r)
                .map(x -> new StakeholderRevisionRow(x.getStakeholderId(), x.getOrganisationId(),
                        new CampaignFile.StakeholderState(x.getVersion(), x.getFunctionTitle(), null,
                                x.getCategory().getLiteral(), x.getPower(), x.getStance(), x.getValidFrom(),
                                x.getValidUntil())));
    }

    void insertThemeRevision(long themeId, CampaignFile.ThemeWording w) {
        var r = THEME_REVISION;
        DatabaseErrors.translated(() -> dsl.insertInto(r).set(r.THEME_ID, themeId).set(r.VERSION, w.version())
                .set(r.CODE, w.code()).set(r.POSITION, w.position()).set(r.TITLE, w.title())
                .set(r.DESCRIPTION, w.description()).set(r.RETIRED_ON, w.retiredOn())
                .set(r.VALID_FROM, w.validFrom()).set(r.VALID_UNTIL, w.validUntil()).execute());
    }

    void insertDemandRevision(long demandId, long themeId, CampaignFile.DemandWording w) {
        var r = DEMAND_REVISION;
        DatabaseErrors.translated(() -> dsl.insertInto(r).set(r.DEMAND_ID, demandId).set(r.VERSION, w.version())
                .set(r.THEME_ID, themeId).set(r.CODE, w.code()).set(r.TITLE, w.title()).set(r.BODY, w.body())
                .set(r.RETIRED_ON, w.retiredOn()).set(r.VALID_FROM, w.validFrom()).set(r.VALID_UNTIL, w.validUntil())
                .execute());
    }

    void insertStakeholderRevision(long stakeholderId, Long organisationId, CampaignFile.StakeholderState s) {
        var r = STAKEHOLDER_REVISION;
        DatabaseErrors.translated(() -> dsl.insertInto(r).set(r.STAKEHOLDER_ID, stakeholderId)
                .set(r.VERSION, s.version()).set(r.FUNCTION_TITLE, s.function()).set(r.ORGANISATION_ID, organisationId)
                .set(r.CATEGORY, StakeholderCategory.lookupLiteral(s.category())).set(r.POWER, (short) s.power())
                .set(r.STANCE, (short) s.stance()).set(r.VALID_FROM, s.validFrom()).set(r.VALID_UNTIL, s.validUntil())
                .execute());
    }

    /**
     * After its history was written: the record's version follows its last kept one (so the next edit's trigger
     * keeps a new version) and it was last updated when that wording ended.
     */
    void continueThemeHistory(long themeId, int lastVersion, OffsetDateTime since) {
        dsl.update(THEME).set(THEME.VERSION, lastVersion + 1).set(THEME.UPDATED_AT, since)
                .where(THEME.ID.eq(themeId)).execute();
    }

    void continueDemandHistory(long demandId, int lastVersion, OffsetDateTime since) {
        dsl.update(DEMAND).set(DEMAND.VERSION, lastVersion + 1).set(DEMAND.UPDATED_AT, since)
                .where(DEMAND.ID.eq(demandId)).execute();
    }

    void continueStakeholderHistory(long stakeholderId, int lastVersion, OffsetDateTime since) {
        dsl.update(STAKEHOLDER).set(STAKEHOLDER.VERSION, lastVersion + 1).set(STAKEHOLDER.UPDATED_AT, since)
                .where(STAKEHOLDER.ID.eq(stakeholderId)).execute();
    }
}
