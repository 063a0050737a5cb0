package org.campaigntracker.core.transfer;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.db.jooq.Tables.CONTACT_POINT;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;
import static org.campaigntracker.db.jooq.Tables.INTERACTION_PARTICIPANT;
import static org.campaigntracker.db.jooq.Tables.STAKEHOLDER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.common.Names;
import org.campaigntracker.core.seal.Sealer;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * What a spreadsheet import reads and writes in bulk: a few multi-row statements for thousands of rows, where the
 * services' one-row methods would cost a round trip (and a savepoint) each.
 */
final class SheetImportRepository {

    /** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters at 9 columns a row. */
    private static final int CHUNK = 2_000;
    private static final String CONTACT_VALUE = "contact_point.value";

    /** A contact point as stored: whose, which kind, the opened value. */
    record Contact(long stakeholderId, ContactKind kind, String value) {
    }

    /** An interaction as the duplicate check compares it. */
    record Logged(long id, LocalDate on, String kind, String summary, List<Long> participants) {
    }

    private final DSLContext dsl;
    private final Sealer sealer;

    SheetImportRepository(DSLContext dsl, Sealer sealer) {
        this.dsl = dsl;
        this.sealer = sealer;
    }

    /** Every contact point of the campaign, opened: e-mails are sealed, so matching needs their plain values. */
    List<Contact> contacts(long campaignId) {
        return dsl.select(CONTACT_POINT.STAKEHOLDER_ID, CONTACT_POINT.KIND, CONTACT_POINT.VALUE)
                .from(CONTACT_POINT).join(STAKEHOLDER).on(STAKEHOLDER.ID.eq(CONTACT_POINT.STAKEHOLDER_ID))
                .where(STAKEHOLDER.CAMPAIGN_ID.eq(campaignId))
                .fetch(r -> new Contact(r.value1(), ContactKind.valueOf(r.value2().name()),
                        sealer.open(CONTACT_VALUE, r.value3())));
    }

    /**
     * Inserts the stakeholders; returns their ids by {@link #identity} (name key and organisation, which the unique
     * index makes unique), so no reliance on the order RETURNING gives rows back.
     */
    Map<String, Long> insertStakeholders(long campaignId, List<StakeholderDraft> drafts) {
        Map<String, Long> ids = new HashMap<>();
        for (int from = 0; from < drafts.size(); from += CHUNK) {
            var insert = dsl.insertInto(STAKEHOLDER, STAKEHOLDER.CAMPAIGN_ID, STAKEHOLDER.KIND,
                    STAKEHOLDER.NAME, STAKEHOLDER.NAME_KEY, STAKEHOLDER.FUNCTION_TITLE, STAKEHOLDER.ORGANISATION_ID,
                    STAKEHOLDER.CATEGORY, STAKEHOLDER.POWER, STAKEHOLDER.STANCE, STAKEHOLDER.NOTES);
            for (StakeholderDraft d : drafts.subList(from, Math.min(drafts.size(), from + CHUNK))) {
                insert = insert.values(campaignId,
                        org.campaigntracker.db.jooq.enums.StakeholderKind.valueOf(d.kind().name()), d.name(),
                        Names.key(d.name()), d.function(), d.organisationId(),
                        org.campaigntracker.db.jooq.enums.StakeholderCategory.valueOf(d.category().name()),
                        d.power().shortValue(), d.stance().shortValue(), d.notes());
            }
            var chunk = insert;
            translated(() -> chunk.returningResult(STAKEHOLDER.ID, STAKEHOLDER.NAME_KEY, STAKEHOLDER.ORGANISATION_ID)
                    .fetch()).forEach(r -> ids.put(identity(r.value2(), r.value3()), r.value1()));
        }
        return ids;
    }

    static String identity(String nameKey, Long organisationId) {
        return nameKey + "|" + organisationId;
    }

    /**
     * Inserts contact points as primary: the import adds one only to a stakeholder that has none of that kind, so
     * each is the first of its kind.
     */
    void insertContacts(List<Contact> contacts) {
        for (int from = 0; from < contacts.size(); from += CHUNK) {
            InsertValuesStep4<?, Long, org.campaigntracker.db.jooq.enums.ContactKind, String, Boolean> insert =
                    dsl.insertInto(CONTACT_POINT, CONTACT_POINT.STAKEHOLDER_ID, CONTACT_POINT.KIND,
                            CONTACT_POINT.VALUE, CONTACT_POINT.IS_PRIMARY);
            for (Contact c : contacts.subList(from, Math.min(contacts.size(), from + CHUNK))) {
                insert = insert.values(c.stakeholderId(),
                        org.campaigntracker.db.jooq.enums.ContactKind.valueOf(c.kind().name()),
                        sealer.seal(CONTACT_VALUE, c.value()), true);
            }
            InsertValuesStep4<?, ?, ?, ?, ?> chunk = insert;
            translated(chunk::execute);
        }
    }

    /** Fills the blank fields a row completes; one batch for all the updated stakeholders. */
    void fill(long campaignId, List<Fill> fills) {
        List<Query> queries = new ArrayList<>();
        for (Fill f : fills) {
            queries.add(dsl.update(STAKEHOLDER)
                    .set(STAKEHOLDER.FUNCTION_TITLE, DSL.coalesce(STAKEHOLDER.FUNCTION_TITLE, DSL.val(f.function())))
                    .set(STAKEHOLDER.NOTES, DSL.coalesce(STAKEHOLDER.NOTES, DSL.val(f.notes())))
                    .set(STAKEHOLDER.ORGANISATION_ID,
                            DSL.coalesce(STAKEHOLDER.ORGANISATION_ID, DSL.val(f.organisationId())))
                    .set(STAKEHOLDER.VERSION, STAKEHOLDER.VERSION.plus(1))
                    .set(STAKEHOLDER.UPDATED_AT, DSL.currentOffsetDateTime())
                    .where(STAKEHOLDER.ID.eq(f.stakeholderId()), STAKEHOLDER.CAMPAIGN_ID.eq(campaignId)));
        }
        if (!queries.isEmpty()) {
            translated(() -> dsl.batch(queries).execute());
        }
    }

    /** Blank fields of one existing stakeholder to fill (null: leave as is). */
    record Fill(long stakeholderId, String function, String notes, Long organisationId) {
    }

    /** The campaign's interactions, as the duplicate check compares them. */
    List<Logged> interactions(long campaignId) {
        var participants = DSL.array(DSL.select(INTERACTION_PARTICIPANT.STAKEHOLDER_ID).from(INTERACTION_PARTICIPANT)
                .where(INTERACTION_PARTICIPANT.INTERACTION_ID.eq(INTERACTION.ID))
                .orderBy(INTERACTION_PARTICIPANT.STAKEHOLDER_ID));
        return dsl.select(INTERACTION.ID, INTERACTION.OCCURRED_ON, INTERACTION.KIND, INTERACTION.SUMMARY, participants)
                .from(INTERACTION).where(INTERACTION.CAMPAIGN_ID.eq(campaignId))
                .fetch(r -> new Logged(r.value1(), r.value2(), r.value3().getLiteral(), r.value4(),
                        List.of(r.value5())));
    }

}
