package org.campaigntracker.core.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.store.Transactions;

/** Records and lists audited accesses to personal data. */
public final class AuditService implements AuditTrail {

    /** Largest page {@link #list} returns. */
    public static final int MAX_LIMIT = 1000;

    private final Transactions transactions;

    public AuditService(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * Appends one event. Runs in the caller's transaction when there is one, so a change and its audit land
     * together; a read is audited after it succeeded.
     */
    @Override
    public void record(Long campaignId, Actor actor, String action, String via, String subject, List<Long> ids) {
        Check.of().notBlank("action", action).notBlank("via", via).notBlank("subject", subject).orThrow();
        transactions.statement(tx -> {
            new AuditRepository(tx.dsl()).insert(campaignId, actor, action, via, subject, ids);
            return null;
        });
    }

    /** Newest first; {@code subject} and {@code since} are optional filters. */
    public List<AuditEvent> list(long campaignId, String subject, OffsetDateTime since, int limit) {
        Check.of().range("limit", limit, 1, MAX_LIMIT).orThrow();
        return transactions.read(tx -> new AuditRepository(tx.dsl()).list(campaignId, subject, since, limit));
    }

    /** How many events are older than {@code before}: what {@link #prune} would delete. */
    public int countBefore(OffsetDateTime before) {
        return transactions.read(tx -> new AuditRepository(tx.dsl()).count(before));
    }

    /** Deletes events older than {@code before} (retention); returns how many. */
    public int prune(OffsetDateTime before) {
        return transactions.statement(tx -> new AuditRepository(tx.dsl()).deleteBefore(before));
    }
}
