package org.campaigntracker.core.privacy;

import org.campaigntracker.core.seal.Sealer;
import static org.campaigntracker.db.jooq.Tables.CAMPAIGN;
import static org.campaigntracker.db.jooq.Tables.CONTACT_POINT;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER_REVISION;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY;
import static org.campaigntracker.db.jooq.Tables.TESTIMONY_IDENTITY;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.campaigntracker.db.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Erasure, redaction, ledger and re-encryption statements. The ledger table lives in the "privacy" schema, outside
 * the generated catalogue on purpose (backups leave that schema out), so it is named here by hand.
 */
final class PrivacyRepository {

    // Plain SQL: the Tracker renders no schema names, and this table is not in the default schema.
    static final Table<Record> LEDGER = DSL.table("privacy.erasure");
    private static final java.time.LocalDate NEVER = java.time.LocalDate.of(9999, 12, 31);
    private static final Field<Long> L_ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<OffsetDateTime> L_AT = DSL.field(DSL.name("erased_at"), OffsetDateTime.class);
    private static final Field<Long> L_CAMPAIGN = DSL.field(DSL.name("campaign_id"), Long.class);
    private static final Field<String> L_SUBJECT = DSL.field(DSL.name("subject"), String.class);
    private static final Field<Long> L_SUBJECT_ID = DSL.field(DSL.name("subject_id"), Long.class);
    private static final Field<String> L_FINGERPRINT = DSL.field(DSL.name("fingerprint"), String.class);
    private static final Field<String> L_REASON = DSL.field(DSL.name("reason"), String.class);

    private final DSLContext dsl;

    PrivacyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void record(long campaignId, Person.Kind subject, long subjectId, String fingerprint, String reason) {
        dsl.insertInto(LEDGER).set(L_CAMPAIGN, campaignId).set(L_SUBJECT, subject.code())
                .set(L_SUBJECT_ID, subjectId).set(L_FINGERPRINT, fingerprint).set(L_REASON, reason).execute();
    }

    List<ErasureEntry> ledger() {
        return dsl.select(L_ID, L_AT, L_CAMPAIGN, L_SUBJECT, L_SUBJECT_ID, L_REASON).from(LEDGER).orderBy(L_ID)
                .fetch(r -> new ErasureEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** Fingerprints of the erasures of this kind made in campaigns deleted since: an import may bring them back. */
    java.util.Set<String> fingerprintsOfDeletedCampaigns(Person.Kind subject) {
        return dsl.selectDistinct(L_FINGERPRINT).from(LEDGER)
                .where(L_SUBJECT.eq(subject.code()), L_FINGERPRINT.ne(""),
                        DSL.notExists(DSL.selectOne().from(CAMPAIGN).where(CAMPAIGN.ID.eq(
                                DSL.field("privacy.erasure.campaign_id", Long.class)))))
                .fetchSet(L_FINGERPRINT);
    }

    /** Removes the name, function, notes, history and contact points of a person on the map; keeps the row. */
    int eraseStakeholder(long stakeholderId, String replacementName) {
        dsl.deleteFrom(CONTACT_POINT).where(CONTACT_POINT.STAKEHOLDER_ID.eq(stakeholderId)).execute();
        int n = dsl.update(STAKEHOLDER)
                .set(STAKEHOLDER.NAME, replacementName)
                .set(STAKEHOLDER.NAME_KEY, replacementName.toLowerCase(java.util.Locale.ROOT))
                .set(STAKEHOLDER.FUNCTION_TITLE, (String) null)
                .set(STAKEHOLDER.NOTES, (String) null)
                .set(STAKEHOLDER.VERSION, STAKEHOLDER.VERSION.plus(1))
                .set(STAKEHOLDER.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(STAKEHOLDER.ID.eq(stakeholderId), STAKEHOLDER.NAME.ne(replacementName))
                .execute();
        // After the update: its trigger just kept the old function in the history.
        dsl.deleteFrom(STAKEHOLDER_REVISION).where(STAKEHOLDER_REVISION.STAKEHOLDER_ID.eq(stakeholderId)).execute();
        return n;
    }

    /** True when the stakeholder still has a name or a contact point to erase (a restore brought them back). */
    boolean stakeholderNeedsErasure(long stakeholderId, String erasedName) {
        return dsl.fetchExists(STAKEHOLDER, STAKEHOLDER.ID.eq(stakeholderId), STAKEHOLDER.NAME.ne(erasedName))
                || dsl.fetchExists(CONTACT_POINT, CONTACT_POINT.STAKEHOLDER_ID.eq(stakeholderId));
    }

    int eraseTestimonyIdentity(long testimonyId) {
        return dsl.deleteFrom(TESTIMONY_IDENTITY).where(TESTIMONY_IDENTITY.TESTIMONY_ID.eq(testimonyId)).execute();
    }

    /**
     * Replaces every occurrence of the needles, whatever the case, in the campaign's plaintext free-text, name and
     * public-role columns (as classified); returns how many values changed.
     */
    int redact(long campaignId, Collection<String> needles, String replacement) {
        String pattern = needles.stream().filter(n -> n != null && n.strip().length() >= 3)
                .map(n -> regexQuote(n.strip())).reduce((a, b) -> a + "|" + b).orElse(null);
        if (pattern == null) {
            return 0;
        }
        int changed = 0;
        for (ColumnClass c : Classification.all()) {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(c.table());
            // A forgotten official's function goes too: PUBLIC_ROLE text is about a person as much as a name.
            boolean redactable = c.kind() == DataKind.FREE_TEXT || c.kind() == DataKind.IDENTITY
                    || c.kind() == DataKind.PUBLIC_ROLE;
            if (!redactable || c.sealed() || table == null || table.field("campaign_id") == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Field<String> col = (Field<String>) table.field(c.column());
            Field<Long> campaign = table.field("campaign_id", Long.class);
            changed += dsl.update(table)
                    .set(col, DSL.field("regexp_replace({0}, {1}, {2}, 'gi')", String.class, col, DSL.val(pattern),
                            DSL.val(replacement)))
                    .where(campaign.eq(campaignId), DSL.condition("{0} ~* {1}", col, DSL.val(pattern)))
                    .execute();
        }
        return changed;
    }

    /** Re-encrypts, with the current key, every sealed value that is not yet: returns how many. */
    int reseal(Sealer sealer) {
        int changed = 0;
        for (ColumnClass c : Classification.sealed()) {
            Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(c.table());
            @SuppressWarnings("unchecked")
            TableField<?, Long> pk = (TableField<?, Long>) table.getPrimaryKey().getFields().get(0);
            @SuppressWarnings("unchecked")
            Field<String> col = (Field<String>) table.field(c.column());
            for (Record r : dsl.select(pk, col).from(table).where(col.isNotNull()
                    .and(col.notLike(Sealer.PREFIX + sealer.current().id() + ":%"))).fetch()) {
                changed += dsl.update(table).set(col, sealer.reseal(c.qualifiedName(), r.get(col)))
                        .where(pk.eq(r.get(pk))).execute();
            }
        }
        return changed;
    }

    /**
     * Identities of testimonies collected before {@code endedBefore} whose every consent ended before it (or that
     * never got one): nobody may use the story any more, so nobody needs to know who told it.
     */
    List<Long> identitiesWithoutConsentSince(java.time.LocalDate endedBefore) {
        var c = org.campaigntracker.db.jooq.Tables.TESTIMONY_CONSENT;
        Field<java.time.LocalDate> end = DSL.least(DSL.coalesce(c.WITHDRAWN_ON, DSL.inline(NEVER)),
                DSL.coalesce(c.EXPIRES_ON, DSL.inline(NEVER)));
        return dsl.select(TESTIMONY_IDENTITY.TESTIMONY_ID).from(TESTIMONY_IDENTITY)
                .where(DSL.notExists(DSL.selectOne().from(c).where(c.TESTIMONY_ID.eq(TESTIMONY_IDENTITY.TESTIMONY_ID),
                        end.ge(endedBefore))),
                        TESTIMONY_IDENTITY.TESTIMONY_ID.in(DSL.select(TESTIMONY.ID).from(TESTIMONY)
                                .where(TESTIMONY.COLLECTED_ON.lt(endedBefore))))
                .orderBy(TESTIMONY_IDENTITY.TESTIMONY_ID).fetch(TESTIMONY_IDENTITY.TESTIMONY_ID);
    }

    long campaignOfTestimony(long testimonyId) {
        return dsl.select(TESTIMONY.CAMPAIGN_ID).from(TESTIMONY).where(TESTIMONY.ID.eq(testimonyId))
                .fetchOne(TESTIMONY.CAMPAIGN_ID);
    }

    // PostgreSQL regular expressions: escape every character that is not a letter, digit or space.
    private static String regexQuote(String text) {
        return text.codePoints().mapToObj(cp -> Character.isLetterOrDigit(cp) || cp == ' '
                ? new String(Character.toChars(cp)) : "\\" + new String(Character.toChars(cp)))
                .reduce("", String::concat);
    }

}
