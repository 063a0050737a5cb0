package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The retro-plan's rules, free of the database: dates, lateness, risk and dependency cycles. */
public final class RetroPlan {

    /** How close a milestone must be for an unfinished dependency to put it at risk. */
    static final int RISK_WINDOW_DAYS = 14;

    private RetroPlan() {
    }

    /** The date a milestone falls on; empty for an offset milestone while the campaign has no deadline. */
    public static Optional<LocalDate> effectiveDate(Milestone milestone, LocalDate deadline) {
        if (!milestone.offsetFromDeadline()) {
            return Optional.of(milestone.dueOn());
        }
        return Optional.ofNullable(deadline).map(d -> d.minusDays(milestone.daysBeforeDeadline()));
    }

    /** Milestones by effective date (undated ones last), each with its warnings as of {@code today}. */
    public static List<PlanEntry> plan(List<Milestone> milestones, LocalDate deadline, LocalDate today) {
        Map<Long, Milestone> byId = milestones.stream().collect(Collectors.toMap(Milestone::id, Function.identity()));
        List<PlanEntry> entries = new ArrayList<>();
        for (Milestone m : milestones) {
            LocalDate date = effectiveDate(m, deadline).orElse(null);
            EnumSet<PlanFlag> flags = EnumSet.noneOf(PlanFlag.class);
            if (date == null) {
                flags.add(PlanFlag.no_deadline);
            }
            List<Long> risky = m.status() == MilestoneStatus.planned ? riskyDependencies(m, date, byId, deadline, today)
                    : List.of();
            if (!risky.isEmpty()) {
                flags.add(PlanFlag.at_risk);
            }
            if (m.status() == MilestoneStatus.planned && date != null && date.isBefore(today)) {
                flags.add(PlanFlag.late);
            }
            entries.add(new PlanEntry(m, date, flags, risky));
        }
        entries.sort(Comparator.comparing(PlanEntry::effectiveDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(e -> e.milestone().id()));
        return entries;
    }

    /**
     * The path of a cycle that {@code from} would close if it depended on {@code dependsOn}, given the other
     * milestones' dependencies; empty when there is none. The path starts and ends at {@code from}.
     */
    public static Optional<List<Long>> cycle(long from, Set<Long> dependsOn, Map<Long, Set<Long>> dependencies) {
        List<Long> path = new ArrayList<>(List.of(from));
        for (long next : dependsOn) {
            if (reaches(next, from, dependencies, path, new HashSet<>())) {
                return Optional.of(List.copyOf(path));
            }
        }
        return Optional.empty();
    }

    private static boolean reaches(long node, long target, Map<Long, Set<Long>> dependencies, List<Long> path,
                                   Set<Long> seen) {
        path.add(node);
        if (node == target) {
            return true;
        }
        if (seen.add(node)) {
            for (long next : dependencies.getOrDefault(node, Set.of())) {
                if (reaches(next, target, dependencies, path, seen)) {
                    return true;
                }
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    private static List<Long> riskyDependencies(Milestone m, LocalDate date, Map<Long, Milestone> byId,
                                                LocalDate deadline, LocalDate today) {
        if (date == null) {
            return List.of();
        }
        boolean dueSoon = !date.isAfter(today.plusDays(RISK_WINDOW_DAYS));
        List<Long> risky = new ArrayList<>();
        for (long id : m.dependsOn()) {
            Milestone dependency = byId.get(id);
            if (dependency == null || dependency.status() == MilestoneStatus.done) {
                continue;
            }
            boolean dueAfter = effectiveDate(dependency, deadline).map(d -> d.isAfter(date)).orElse(false);
            if (dueSoon || dueAfter) {
                risky.add(id);
            }
        }
        return risky;
    }
}
