package org.campaigntracker.core.audit;

import java.util.List;

/**
 * Where a front door records who read or changed personal data: {@link AuditService} writes it to the database; the
 * CLI's remote mode records nothing itself, because the server audits every such request under the token's owner.
 */
public interface AuditTrail {

    void record(Long campaignId, Actor actor, String action, String via, String subject, List<Long> ids);
}
