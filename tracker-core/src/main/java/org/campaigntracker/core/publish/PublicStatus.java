package org.campaigntracker.core.publish;

import java.time.LocalDate;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.commitment.CommitmentStatus;

/** A commitment's status in the public's words: an open commitment past its due date is late. */
public enum PublicStatus {
    open, kept, late, broken, withdrawn;

    public static PublicStatus of(CommitmentStatus status, LocalDate dueOn, LocalDate today) {
        return switch (status) {
            case open -> dueOn != null && dueOn.isBefore(today) ? late : open;
            case kept -> kept;
            case broken -> broken;
            case withdrawn -> withdrawn;
        };
    }

    public static PublicStatus of(Commitment c, LocalDate today) {
        return of(c.status(), c.dueOn(), today);
    }
}
