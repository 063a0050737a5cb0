package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A milestone as a user plans it: on a fixed date ({@code dueOn}) or a number of days before the campaign's
 * deadline ({@code daysBeforeDeadline}), never both. {@code dependsOn} holds the ids of milestones of the same
 * campaign that must be done first; a null status means planned.
 */
public record MilestoneDraft(String title, String description, LocalDate dueOn, Integer daysBeforeDeadline,
                             MilestoneStatus status, LocalDate doneOn, Set<Long> dependsOn) {

    /** Ten years: a retro-plan reaches back from the deadline, not further than any campaign lasts. */
    public static final int MAX_DAYS_BEFORE_DEADLINE = 3650;

    public MilestoneDraft {
        title = Names.clean(title);
        description = description == null || description.isBlank() ? null : description.strip();
        status = status == null ? MilestoneStatus.planned : status;
        dependsOn = sorted(dependsOn);
        Check.of()
                .notBlank("title", title)
                .maxLength("title", title, 300)
                .maxLength("description", description, Check.LONG_TEXT)
                .maxSize("depends_on", dependsOn, Check.MAX_LINKS)
                .that((dueOn == null) != (daysBeforeDeadline == null), "due_on", "either", "days_before_deadline")
                .notNegative("days_before_deadline", daysBeforeDeadline)
                .that(daysBeforeDeadline == null || daysBeforeDeadline <= MAX_DAYS_BEFORE_DEADLINE,
                        "days_before_deadline", "range", 0, MAX_DAYS_BEFORE_DEADLINE)
                .date("due_on", dueOn)
                .date("done_on", doneOn)
                .that(status != MilestoneStatus.done || doneOn != null, "done_on", "required")
                .that(status == MilestoneStatus.done || doneOn == null, "done_on", "only_when", "status", "done")
                .orThrow();
    }

    public static MilestoneDraft on(String title, LocalDate dueOn) {
        return new MilestoneDraft(title, null, dueOn, null, null, null, Set.of());
    }

    public static MilestoneDraft daysBefore(String title, int daysBeforeDeadline) {
        return new MilestoneDraft(title, null, null, daysBeforeDeadline, null, null, Set.of());
    }

    public MilestoneDraft dependingOn(Long... milestoneIds) {
        return new MilestoneDraft(title, description, dueOn, daysBeforeDeadline, status, doneOn,
                Set.copyOf(Arrays.asList(milestoneIds)));
    }

    public MilestoneDraft done(LocalDate on) {
        return new MilestoneDraft(title, description, dueOn, daysBeforeDeadline, MilestoneStatus.done, on, dependsOn);
    }

    static SortedSet<Long> sorted(Set<Long> ids) {
        return Collections.unmodifiableSortedSet(ids == null ? new TreeSet<>() : new TreeSet<>(ids));
    }
}
