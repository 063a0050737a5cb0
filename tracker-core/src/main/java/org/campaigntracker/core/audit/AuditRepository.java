package org.campaigntracker.core.audit;

import static org.campaigntracker.db.jooq.Tables.AUDIT_EVENT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.db.jooq.tables.records.AuditEventRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Audit rows: appended, listed newest first, and pruned by the retention sweep. */
final class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Long campaignId, Actor actor, String action, String via, String subject, List<Long> ids) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.CAMPAIGN_ID, campaignId)
                .set(AUDIT_EVENT.ACTOR_KIND, actor.kind())
                .set(AUDIT_EVENT.ACTOR, actor.name())
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.VIA, via)
                .set(AUDIT_EVENT.SUBJECT, subject)
                .set(AUDIT_EVENT.RECORD_IDS, ids.toArray(Long[]::new))
                .execute();
    }

    List<AuditEvent> list(long campaignId, String subject, OffsetDateTime since, int limit) {
        List<Condition> where = new ArrayList<>();
        where.add(AUDIT_EVENT.CAMPAIGN_ID.eq(campaignId));
        if (subject != null) {
            where.add(AUDIT_EVENT.SUBJECT.eq(subject));
        }
        if (since != null) {
            where.add(AUDIT_EVENT.AT.ge(since));
        }
        return dsl.selectFrom(AUDIT_EVENT).where(where).orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit).fetch(AuditRepository::toEvent);
    }

    int deleteBefore(OffsetDateTime before) {
        return dsl.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.AT.lt(before)).execute();
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(r.getId(), r.getAt(), r.getCampaignId(), new Actor(r.getActorKind(), r.getActor()),
                r.getAction(), r.getVia(), r.getSubject(), List.of(r.getRecordIds()));
    }
}
