package org.campaigntracker.core.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.campaigntracker.core.progress.DemandProgress.InteractionEvidence;

/**
 * Newly logged interactions merged into a progress without reading anything else: nothing cites a new interaction
 * yet, so it can only enter the latest interactions of the demands it is linked to, and the last activity. The most
 * frequent write then costs the dashboard no recomputation.
 */
final class AddedInteractions {

    /** The order of the latest lists (ProgressRepository#latestInteractions): date, then id, newest first. */
    private static final Comparator<InteractionEvidence> NEWEST_FIRST = Comparator
            .comparing(InteractionEvidence::occurredOn).thenComparing(InteractionEvidence::interactionId).reversed();

    private AddedInteractions() {
    }

    static Progress merge(Progress base, Collection<ProgressRepository.Added> added, long revision) {
        List<ProgressRepository.Added> shown = added.stream()
                .filter(a -> !a.interaction().occurredOn().isAfter(base.asOf())).toList();
        LocalDate last = base.lastActivity();
        for (ProgressRepository.Added a : shown) {
            last = ProgressRepository.later(last, a.interaction().occurredOn());
        }
        List<Progress.ThemeProgress> themes = base.themes().stream()
                .map(t -> new Progress.ThemeProgress(t.themeId(), t.code(), t.title(),
                        t.demands().stream().map(d -> merge(d, shown)).toList()))
                .toList();
        return new Progress(base.campaignId(), base.campaignSlug(), base.campaignName(), base.deadline(), revision,
                base.asOf(), themes, last, base.nextMilestone(), base.mobilisations());
    }

    private static DemandProgress merge(DemandProgress d, List<ProgressRepository.Added> added) {
        List<InteractionEvidence> mine = added.stream().filter(a -> a.demandIds().contains(d.demandId()))
                .map(ProgressRepository.Added::interaction).toList();
        if (mine.isEmpty()) {
            return d;
        }
        // The kept list is the demand's true latest few: merged with the new ones, its head is again.
        List<InteractionEvidence> latest = Stream.concat(d.interactions().stream(), mine.stream())
                .sorted(NEWEST_FIRST).limit(DemandProgress.LATEST).toList();
        return new DemandProgress(d.demandId(), d.code(), d.title(), d.best(), d.targets(), latest, d.pressItems(),
                DemandProgress.lastActivity(latest, d.pressItems()));
    }
}
