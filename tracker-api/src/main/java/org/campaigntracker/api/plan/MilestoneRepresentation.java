package org.campaigntracker.api.plan;

import java.time.LocalDate;
import java.util.Set;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.plan.Milestone;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.plan.MilestoneStatus;

/** A milestone, on a date or a number of days before the deadline. */
public record MilestoneRepresentation(Long id, String title, String description, LocalDate dueOn,
                                      Integer daysBeforeDeadline, String status, LocalDate doneOn, Set<Long> dependsOn,
                                      Integer version) {

    static MilestoneRepresentation from(Milestone m) {
        return new MilestoneRepresentation(m.id(), m.title(), m.description(), m.dueOn(), m.daysBeforeDeadline(),
                Wire.code(m.status()), m.doneOn(), m.dependsOn(), m.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static MilestoneRepresentation of(MilestoneDraft d) {
        return new MilestoneRepresentation(null, d.title(), d.description(), d.dueOn(), d.daysBeforeDeadline(),
                Wire.code(d.status()), d.doneOn(), d.dependsOn(), null);
    }

    /** The milestone this answer describes (a client's view: the server's fields, as core holds them). */
    public Milestone toDomain(long campaignId) {
        return new Milestone(id, campaignId, title, description, dueOn, daysBeforeDeadline,
                Wire.enumValue(MilestoneStatus.class, status, "status"), doneOn, dependsOn, version);
    }

    MilestoneDraft toDraft() {
        return new MilestoneDraft(title, description, dueOn, daysBeforeDeadline,
                Wire.enumValue(MilestoneStatus.class, status, "status"), doneOn, dependsOn);
    }
}
