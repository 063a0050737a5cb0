package org.campaigntracker.core.privacy;

import org.campaigntracker.core.common.Check;

/**
 * How long personal data is kept once it has no purpose left.
 *
 * @param identityDays days a witness's identity is kept after the last consent of the testimony ended (withdrawn
 *                     or expired), or after collection when no consent was ever recorded
 * @param auditDays    days an audit event is kept
 */
public record RetentionRules(int identityDays, int auditDays) {

    public static final RetentionRules DEFAULT = new RetentionRules(365, 3 * 365);

    public RetentionRules {
        Check.of().range("identity_days", identityDays, 0, 36_500).range("audit_days", auditDays, 30, 36_500)
                .orThrow();
    }
}
