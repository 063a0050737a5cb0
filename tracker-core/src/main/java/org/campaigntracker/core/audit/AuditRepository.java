package org.campaigntracker.core.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Audit rows: appended, listed newest first, pruned by the retention sweep. The table lives in the "privacy" schema
 * (changeset 0022), outside the generated catalogue and outside backups, so it is named here by hand.
 */
final class AuditRepository {

    // Plain SQL: the Tracker renders no schema names, and this table is not in the default schema.
    private static final Table<Record> AUDIT_EVENT = DSL.table("privacy.audit_event");
    private static final Field<Long> ID = DSL.field(DSL.name("id"), Long.class);
    private static final Field<OffsetDateTime> AT = DSL.field(DSL.name("at"), OffsetDateTime.class);
    private static final Field<Long> CAMPAIGN_ID = DSL.field(DSL.name("campaign_id"), Long.class);
    private static final Field<String> ACTOR_KIND = DSL.field(DSL.name("actor_kind"), String.class);
    private static final Field<String> ACTOR = DSL.field(DSL.name("actor"), String.class);
    private static final Field<String> ACTION = DSL.field(DSL.name("action"), String.class);
    private static final Field<String> VIA = DSL.field(DSL.name("via"), String.class);
    private static final Field<String> SUBJECT = DSL.field(DSL.name("subject"), String.class);
    private static final Field<Long[]> RECORD_IDS = DSL.field(DSL.name("record_ids"), Long[].class);

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Long campaignId, Actor actor, String action, String via, String subject, List<Long> ids) {
        dsl.insertInto(AUDIT_EVENT)
                .set(CAMPAIGN_ID, campaignId)
                .set(ACTOR_KIND, actor.kind())
                .set(ACTOR, actor.name())
                .set(ACTION, action)
                .set(VIA, via)
                .set(SUBJECT, subject)
                .set(RECORD_IDS, ids.toArray(Long[]::new))
                .execute();
    }

    List<AuditEvent> list(long campaignId, String subject, OffsetDateTime since, int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(CAMPAIGN_ID.eq(campaignId));
        if (subject != null) {
            where.add(SUBJECT.eq(subject));
        }
        if (since != null) {
            where.add(AT.ge(since));
        }
        return dsl.select(ID, AT, CAMPAIGN_ID, ACTOR_KIND, ACTOR, ACTION, VIA, SUBJECT, RECORD_IDS).from(AUDIT_EVENT)
                .where(where).orderBy(AT.desc(), ID.desc()).limit(limit)
                .fetch(r -> new AuditEvent(r.value1(), r.value2(), r.value3(), new Actor(r.value4(), r.value5()),
                        r.value6(), r.value7(), r.value8(), List.of(r.value9())));
    }

    int count(OffsetDateTime before) {
        return dsl.fetchCount(AUDIT_EVENT, AT.lt(before));
    }

    int deleteBefore(OffsetDateTime before) {
        return dsl.deleteFrom(AUDIT_EVENT).where(AT.lt(before)).execute();
    }
}
