package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.Set;

/** A stored milestone with the ids of the milestones it depends on. */
public record Milestone(long id, long campaignId, String title, String description, LocalDate dueOn,
                        Integer daysBeforeDeadline, MilestoneStatus status, LocalDate doneOn, Set<Long> dependsOn,
                        int version) {

    public Milestone {
        dependsOn = MilestoneDraft.sorted(dependsOn);
    }

    public MilestoneDraft toDraft() {
        return new MilestoneDraft(title, description, dueOn, daysBeforeDeadline, status, doneOn, dependsOn);
    }

    public boolean offsetFromDeadline() {
        return daysBeforeDeadline != null;
    }
}
