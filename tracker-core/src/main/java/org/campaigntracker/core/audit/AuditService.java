package org.campaigntracker.core.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.common.Check;
import org.jooq.DSLContext;

/** Records and lists audited accesses to personal data. */
public final class AuditService {

    /** Largest page {@link #list} returns. */
    public static final int MAX_LIMIT = 1000;

    private final DSLContext dsl;

    public AuditService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Appends one event. Runs in the caller's transaction when there is one, so a change and its audit land
     * together; a read is audited after it succeeded.
     */
    public void record(Long campaignId, Actor actor, String action, String via, String subject, List<Long> ids) {
        Check.of().notBlank("action", action).notBlank("via", via).notBlank("subject", subject).orThrow();
        new AuditRepository(dsl).insert(campaignId, actor, action, via, subject, ids);
    }

    /** Newest first; {@code subject} and {@code since} are optional filters. */
    public List<AuditEvent> list(long campaignId, String subject, OffsetDateTime since, int limit) {
        Check.of().range("limit", limit, 1, MAX_LIMIT).orThrow();
        return new AuditRepository(dsl).list(campaignId, subject, since, limit);
    }

    /** How many events are older than {@code before}: what {@link #prune} would delete. */
    public int countBefore(OffsetDateTime before) {
        return new AuditRepository(dsl).count(before);
    }

    /** Deletes events older than {@code before} (retention); returns how many. */
    public int prune(OffsetDateTime before) {
        return new AuditRepository(dsl).deleteBefore(before);
    }
}
