package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One line of the retro-plan.
 *
 * @param effectiveDate        the milestone's date, computed from the deadline for offset milestones; null when
 *                             the campaign has no deadline (then {@link PlanFlag#no_deadline} is set)
 * @param riskyDependencies    the dependencies that make this milestone {@link PlanFlag#at_risk}
 */
public record PlanEntry(Milestone milestone, LocalDate effectiveDate, Set<PlanFlag> flags,
                        List<Long> riskyDependencies) {

    public PlanEntry {
        EnumSet<PlanFlag> copy = EnumSet.noneOf(PlanFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
        riskyDependencies = List.copyOf(riskyDependencies);
    }

    public boolean late() {
        return flags.contains(PlanFlag.late);
    }

    public boolean atRisk() {
        return flags.contains(PlanFlag.at_risk);
    }

    public boolean dated() {
        return effectiveDate != null;
    }
}
