package org.campaigntracker.core.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One audited access.
 *
 * @param via       the API route ({@code GET /api/v1/campaigns/{campaign}/testimonies/{id}}) or CLI command
 * @param subject   the kind of record touched: testimony, testimony_identity, contact_point, person, backup…
 * @param recordIds ids of the records touched, never their content
 */
public record AuditEvent(long id, OffsetDateTime at, Long campaignId, Actor actor, String action, String via,
                         String subject, List<Long> recordIds) {

    public AuditEvent {
        recordIds = List.copyOf(recordIds);
    }
}
