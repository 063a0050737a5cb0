package org.campaigntracker.core.testimony;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.core.common.Rows.allExist;
import static org.campaigntracker.core.common.Rows.missingOrStale;
import static org.campaigntracker.db.jooq.Tables.DEMAND;
import static org.campaigntracker.db.jooq.Tables.MEMBER;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_CONSENT;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_DEMAND;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_IDENTITY;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_THEME;
import static org.campaigntracker.db.jooq.Tables.THEME;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.db.jooq.tables.records.TestimonyConsentRecord;
import org.campaigntracker.db.jooq.tables.records.TestimonyRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Testimony rows, their links, consents and identities. Every query is scoped to one campaign; the identity is read
 * by {@link #identity} alone and joined into nothing else. Story and identity are sealed with the data key
 * ({@link Sealer}) before they reach the database.
 */
public final class TestimonyRepository {

    private static final Field<Long[]> DEMANDS = DSL.array(DSL.select(TESTIMONY_DEMAND.DEMAND_ID)
            .from(TESTIMONY_DEMAND).where(TESTIMONY_DEMAND.TESTIMONY_ID.eq(TESTIMONY.ID))
            .orderBy(TESTIMONY_DEMAND.DEMAND_ID)).as("demand_ids");
    private static final Field<Long[]> THEMES = DSL.array(DSL.select(TESTIMONY_THEME.THEME_ID)
            .from(TESTIMONY_THEME).where(TESTIMONY_THEME.TESTIMONY_ID.eq(TESTIMONY.ID))
            .orderBy(TESTIMONY_THEME.THEME_ID)).as("theme_ids");
    private static final List<Field<?>> COLUMNS = Stream.concat(Stream.of(TESTIMONY.fields()),
            Stream.of(DEMANDS, THEMES)).toList();

    static final String STORY = "testimony.story";
    static final String FULL_NAME = "testimony_identity.full_name";
    static final String CONTACT = "testimony_identity.contact";
    static final String NOTES = "testimony_identity.notes";

    private final DSLContext dsl;
    private final Sealer sealer;

    public TestimonyRepository(DSLContext dsl, Sealer sealer) {
        this.dsl = dsl;
        this.sealer = sealer;
    }

    public Testimony insert(long campaignId, TestimonyDraft d) {
        return translated(() -> {
            long id = dsl.insertInto(TESTIMONY)
                    .set(TESTIMONY.CAMPAIGN_ID, campaignId)
                    .set(TESTIMONY.PSEUDONYM, d.pseudonym())
                    .set(TESTIMONY.STORY, sealer.seal(STORY, d.story()))
                    .set(TESTIMONY.COLLECTED_ON, d.collectedOn())
                    .set(TESTIMONY.COLLECTED_BY_ID, d.collectedById())
                    .returning(TESTIMONY.ID).fetchOne(TESTIMONY.ID);
            insertLinks(campaignId, id, d);
            return find(campaignId, id).orElseThrow();
        });
    }

    /** Replaces the row and its demand and theme links as a whole. */
    public Testimony update(long campaignId, long id, int expectedVersion, TestimonyDraft d) {
        return translated(() -> {
            int n = dsl.update(TESTIMONY)
                    .set(TESTIMONY.PSEUDONYM, d.pseudonym())
                    .set(TESTIMONY.STORY, sealer.seal(STORY, d.story()))
                    .set(TESTIMONY.COLLECTED_ON, d.collectedOn())
                    .set(TESTIMONY.COLLECTED_BY_ID, d.collectedById())
                    .set(TESTIMONY.VERSION, TESTIMONY.VERSION.plus(1))
                    .set(TESTIMONY.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(TESTIMONY.ID.eq(id), TESTIMONY.CAMPAIGN_ID.eq(campaignId),
                            TESTIMONY.VERSION.eq(expectedVersion))
                    .execute();
            if (n == 0) {
                throw missingOrStale(dsl, TESTIMONY.ID, id, expectedVersion, TESTIMONY.CAMPAIGN_ID.eq(campaignId));
            }
            dsl.deleteFrom(TESTIMONY_DEMAND).where(TESTIMONY_DEMAND.TESTIMONY_ID.eq(id)).execute();
            dsl.deleteFrom(TESTIMONY_THEME).where(TESTIMONY_THEME.TESTIMONY_ID.eq(id)).execute();
            insertLinks(campaignId, id, d);
            return find(campaignId, id).orElseThrow();
        });
    }

    public void delete(long campaignId, long id, int expectedVersion) {
        int n = translated(() -> dsl.deleteFrom(TESTIMONY)
                .where(TESTIMONY.ID.eq(id), TESTIMONY.CAMPAIGN_ID.eq(campaignId), TESTIMONY.VERSION.eq(expectedVersion))
                .execute());
        if (n == 0) {
            throw missingOrStale(dsl, TESTIMONY.ID, id, expectedVersion, TESTIMONY.CAMPAIGN_ID.eq(campaignId));
        }
    }

    public Optional<Testimony> find(long campaignId, long id) {
        return fetch(TESTIMONY.CAMPAIGN_ID.eq(campaignId).and(TESTIMONY.ID.eq(id))).stream().findFirst();
    }

    /** By pseudonym. */
    public List<Testimony> list(long campaignId) {
        return fetch(TESTIMONY.CAMPAIGN_ID.eq(campaignId));
    }

    /** Returns false when the testimony is not in the campaign. */
    public boolean insertConsent(long campaignId, long testimonyId, ConsentDraft c) {
        return translated(() -> dsl.insertInto(TESTIMONY_CONSENT, TESTIMONY_CONSENT.TESTIMONY_ID, TESTIMONY_CONSENT.USE,
                        TESTIMONY_CONSENT.NAMING, TESTIMONY_CONSENT.GIVEN_ON, TESTIMONY_CONSENT.EXPIRES_ON,
                        TESTIMONY_CONSENT.RECORDED_BY)
                .select(DSL.select(TESTIMONY.ID, DSL.val(toDb(c.use())), DSL.val(toDb(c.naming())),
                                DSL.val(c.givenOn()), DSL.val(c.expiresOn(), TESTIMONY_CONSENT.EXPIRES_ON),
                                DSL.val(c.recordedBy(), TESTIMONY_CONSENT.RECORDED_BY))
                        .from(TESTIMONY).where(TESTIMONY.ID.eq(testimonyId), TESTIMONY.CAMPAIGN_ID.eq(campaignId)))
                .execute()) == 1;
    }

    /** A new version of the testimony: its consents or identity changed, so what a client cached is stale. */
    public void touch(long campaignId, long id) {
        dsl.update(TESTIMONY).set(TESTIMONY.VERSION, TESTIMONY.VERSION.plus(1))
                .set(TESTIMONY.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(TESTIMONY.ID.eq(id), TESTIMONY.CAMPAIGN_ID.eq(campaignId)).execute();
    }

    /** Marks every not yet withdrawn consent of that use as withdrawn on {@code on}; returns how many. */
    public int withdrawConsents(long campaignId, long testimonyId, ConsentUse use, LocalDate on) {
        return translated(() -> dsl.update(TESTIMONY_CONSENT)
                .set(TESTIMONY_CONSENT.WITHDRAWN_ON, on)
                .where(ofTestimony(campaignId, testimonyId), TESTIMONY_CONSENT.USE.eq(toDb(use)),
                        TESTIMONY_CONSENT.WITHDRAWN_ON.isNull())
                .execute());
    }

    public Optional<TestimonyIdentity> identity(long campaignId, long testimonyId) {
        return dsl.select(TESTIMONY_IDENTITY.FULL_NAME, TESTIMONY_IDENTITY.CONTACT, TESTIMONY_IDENTITY.NOTES)
                .from(TESTIMONY_IDENTITY).join(TESTIMONY).on(TESTIMONY.ID.eq(TESTIMONY_IDENTITY.TESTIMONY_ID))
                .where(TESTIMONY.ID.eq(testimonyId), TESTIMONY.CAMPAIGN_ID.eq(campaignId))
                .fetchOptional(r -> new TestimonyIdentity(sealer.open(FULL_NAME, r.value1()),
                        sealer.open(CONTACT, r.value2()), sealer.open(NOTES, r.value3())));
    }

    /** Creates or replaces the identity; returns false when the testimony is not in the campaign. */
    public boolean saveIdentity(long campaignId, long testimonyId, TestimonyIdentity identity) {
        String fullName = sealer.seal(FULL_NAME, identity.fullName());
        String contact = sealer.seal(CONTACT, identity.contact());
        String notes = sealer.seal(NOTES, identity.notes());
        return translated(() -> dsl.insertInto(TESTIMONY_IDENTITY, TESTIMONY_IDENTITY.TESTIMONY_ID,
                        TESTIMONY_IDENTITY.FULL_NAME, TESTIMONY_IDENTITY.CONTACT, TESTIMONY_IDENTITY.NOTES)
                .select(DSL.select(TESTIMONY.ID, DSL.val(fullName, TESTIMONY_IDENTITY.FULL_NAME),
                                DSL.val(contact, TESTIMONY_IDENTITY.CONTACT),
                                DSL.val(notes, TESTIMONY_IDENTITY.NOTES))
                        .from(TESTIMONY).where(TESTIMONY.ID.eq(testimonyId), TESTIMONY.CAMPAIGN_ID.eq(campaignId)))
                .onConflict(TESTIMONY_IDENTITY.TESTIMONY_ID).doUpdate()
                .set(TESTIMONY_IDENTITY.FULL_NAME, fullName)
                .set(TESTIMONY_IDENTITY.CONTACT, contact)
                .set(TESTIMONY_IDENTITY.NOTES, notes)
                .execute()) == 1;
    }

    public void deleteIdentity(long campaignId, long testimonyId) {
        dsl.deleteFrom(TESTIMONY_IDENTITY)
                .where(TESTIMONY_IDENTITY.TESTIMONY_ID.in(DSL.select(TESTIMONY.ID).from(TESTIMONY)
                        .where(TESTIMONY.ID.eq(testimonyId), TESTIMONY.CAMPAIGN_ID.eq(campaignId))))
                .execute();
    }

    public boolean membersExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, MEMBER.ID, MEMBER.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean demandsExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, DEMAND.ID, DEMAND.CAMPAIGN_ID.eq(campaignId), ids);
    }

    public boolean themesExist(long campaignId, Collection<Long> ids) {
        return allExist(dsl, THEME.ID, THEME.CAMPAIGN_ID.eq(campaignId), ids);
    }

    private List<Testimony> fetch(Condition where) {
        List<Record> rows = dsl.select(COLUMNS).from(TESTIMONY).where(where)
                .orderBy(TESTIMONY.PSEUDONYM, TESTIMONY.ID).fetch();
        Map<Long, List<Consent>> consents = dsl.selectFrom(TESTIMONY_CONSENT)
                .where(TESTIMONY_CONSENT.TESTIMONY_ID.in(rows.stream().map(r -> r.get(TESTIMONY.ID)).toList()))
                .orderBy(TESTIMONY_CONSENT.GIVEN_ON, TESTIMONY_CONSENT.ID)
                .fetchGroups(TESTIMONY_CONSENT.TESTIMONY_ID, TestimonyRepository::toConsent);
        return rows.stream().map(row -> toTestimony(row, consents.getOrDefault(row.get(TESTIMONY.ID), List.of())))
                .toList();
    }

    private void insertLinks(long campaignId, long id, TestimonyDraft d) {
        for (long demandId : d.demandIds()) {
            dsl.insertInto(TESTIMONY_DEMAND).set(TESTIMONY_DEMAND.TESTIMONY_ID, id)
                    .set(TESTIMONY_DEMAND.DEMAND_ID, demandId).set(TESTIMONY_DEMAND.CAMPAIGN_ID, campaignId).execute();
        }
        for (long themeId : d.themeIds()) {
            dsl.insertInto(TESTIMONY_THEME).set(TESTIMONY_THEME.TESTIMONY_ID, id)
                    .set(TESTIMONY_THEME.THEME_ID, themeId).set(TESTIMONY_THEME.CAMPAIGN_ID, campaignId).execute();
        }
    }

    private static Condition ofTestimony(long campaignId, long testimonyId) {
        return TESTIMONY_CONSENT.TESTIMONY_ID.in(DSL.select(TESTIMONY.ID).from(TESTIMONY)
                .where(TESTIMONY.ID.eq(testimonyId), TESTIMONY.CAMPAIGN_ID.eq(campaignId)));
    }


    private Testimony toTestimony(Record row, List<Consent> consents) {
        TestimonyRecord r = row.into(TESTIMONY);
        return new Testimony(r.getId(), r.getCampaignId(), r.getPseudonym(), sealer.open(STORY, r.getStory()),
                r.getCollectedOn(),
                r.getCollectedById(), List.of(row.get(DEMANDS)), List.of(row.get(THEMES)), new Consents(consents),
                r.getUpdatedAt(), r.getVersion());
    }

    private static Consent toConsent(TestimonyConsentRecord r) {
        return new Consent(r.getId(), ConsentUse.valueOf(r.getUse().getLiteral().toUpperCase(Locale.ROOT)),
                NamingRule.valueOf(r.getNaming().getLiteral().toUpperCase(Locale.ROOT)), r.getGivenOn(),
                r.getExpiresOn(), r.getWithdrawnOn(), r.getRecordedBy());
    }

    // By literal, not constant name: jOOQ renames the value "public" to public_.
    private static org.campaigntracker.db.jooq.enums.ConsentUse toDb(ConsentUse use) {
        return org.campaigntracker.db.jooq.enums.ConsentUse.lookupLiteral(use.code());
    }

    private static org.campaigntracker.db.jooq.enums.NamingRule toDb(NamingRule naming) {
        return org.campaigntracker.db.jooq.enums.NamingRule.lookupLiteral(naming.name().toLowerCase(Locale.ROOT));
    }
}
