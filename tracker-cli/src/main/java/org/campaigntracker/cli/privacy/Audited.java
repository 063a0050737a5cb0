package org.campaigntracker.cli.privacy;

import java.util.List;
import org.campaigntracker.cli.Action;
import org.campaigntracker.core.audit.AuditTrail;

/** Leaves the audit event of a CLI command: who (the OS account), which command, which records. */
public final class Audited {

    private Audited() {
    }

    public static void record(AuditTrail audit, Action action, String what, String command, String subject,
            List<Long> ids) {
        audit.record(action.campaignId(), action.context().actor(), what, command, subject, ids);
    }
}
