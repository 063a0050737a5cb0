package org.campaigntracker.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandRepository;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationRepository;
import org.campaigntracker.core.position.DemandStatus;
import org.campaigntracker.core.position.Ledger;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionRepository;
import org.campaigntracker.core.progress.DemandProgress.InteractionEvidence;
import org.campaigntracker.core.progress.DemandProgress.PressEvidence;
import org.campaigntracker.core.store.Change;
import org.jooq.DSLContext;

/**
 * Computes a campaign's progress from one snapshot of the database: whole, or from a progress computed earlier and
 * what changed since, recomputing only the demands the changes touch. Themes, demands, direct targets, last activity
 * and next milestone are read again either way (a few small indexed reads); what is skipped is the per-demand work.
 */
final class ProgressComputation {

    private final DSLContext db;
    private final long campaignId;
    private final LocalDate asOf;
    private final ProgressRepository repo;

    ProgressComputation(DSLContext db, long campaignId, LocalDate asOf) {
        this.db = db;
        this.campaignId = campaignId;
        this.asOf = asOf;
        this.repo = new ProgressRepository(db);
    }

    Progress whole(long revision) {
        return compute(null, Set.of(), revision);
    }

    /** {@code base} brought to this snapshot, where {@code changes} are all that changed since it was computed. */
    Progress update(Progress base, Set<Change> changes, long revision) {
        return compute(base, changes, revision);
    }

    private Progress compute(Progress base, Set<Change> changes, long revision) {
        ProgressRepository.CampaignHead head = repo.campaign(campaignId)
                .orElseThrow(() -> new NotFoundException("campaign", campaignId));
        DemandRepository demandRepo = new DemandRepository(db);
        Map<Long, ProgressRepository.Target> targets = repo.directTargets(campaignId);
        List<Demand> active = demandRepo.demands(campaignId).stream().filter(Demand::active).toList();
        Map<Long, DemandProgress> kept = base == null ? Map.of() : base.themes().stream()
                .flatMap(t -> t.demands().stream()).collect(Collectors.toMap(DemandProgress::demandId, d -> d));
        Set<Long> touched = touched(base, changes);
        List<Demand> stale = active.stream().filter(d -> touched.contains(d.id()) || !kept.containsKey(d.id()))
                .toList();
        Map<Long, DemandProgress> fresh = demands(stale, targets);
        Map<Long, List<Demand>> byTheme = active.stream().collect(Collectors.groupingBy(Demand::themeId));
        List<Progress.ThemeProgress> themes = new ArrayList<>();
        for (Theme theme : demandRepo.themes(campaignId)) {
            if (theme.active()) {
                List<DemandProgress> demands = byTheme.getOrDefault(theme.id(), List.of()).stream()
                        .map(d -> fresh.containsKey(d.id()) ? fresh.get(d.id()) : kept.get(d.id())).toList();
                themes.add(new Progress.ThemeProgress(theme.id(), theme.code(), theme.title(), demands));
            }
        }
        return new Progress(head.id(), head.slug(), head.name(), head.deadline(), revision, asOf, themes,
                repo.lastActivity(campaignId, asOf).orElse(null),
                repo.nextMilestone(campaignId, head.deadline(), asOf).orElse(null), mobilisations());
    }

    /** Read whole with every computation: a few rows per campaign, counts as they stood on {@code asOf}. */
    private List<Progress.MobilisationProgress> mobilisations() {
        return new MobilisationRepository(db).list(campaignId).stream()
                .filter(m -> !m.launchedOn().isAfter(asOf))
                .map(m -> {
                    MobilisationCount c = m.latestOn(asOf);
                    LocalDate delivered = m.delivery() == null || m.delivery().on().isAfter(asOf) ? null
                            : m.delivery().on();
                    return new Progress.MobilisationProgress(m.id(), m.title(), m.kind(), m.launchedOn(),
                            c == null ? null : c.count(), c == null ? null : c.countedOn(), delivered);
                }).toList();
    }

    /**
     * The demands whose entry the changes may alter: those a changed interaction or press item is linked to now, or
     * was shown in (latest lists, evidence of a standing), and those whose positions or own row changed.
     */
    private Set<Long> touched(Progress base, Set<Change> changes) {
        Set<Long> touched = new HashSet<>();
        Set<Long> interactions = new HashSet<>();
        Set<Long> press = new HashSet<>();
        for (Change c : changes) {
            switch (c.kind()) {
                case INTERACTION_ADDED, INTERACTION -> interactions.add(c.id());
                case PRESS_ITEM -> press.add(c.id());
                case POSITION, DEMAND -> touched.add(c.id());
                case THEME, MILESTONE, COMMITMENT, MOBILISATION -> {
                    // read again whole with every update: theme list, next milestone, mobilisations; commitments
                    // are not shown
                }
            }
        }
        if (!interactions.isEmpty()) {
            touched.addAll(repo.demandsOfInteractions(interactions));
        }
        if (!press.isEmpty()) {
            touched.addAll(repo.demandsOfPress(press));
        }
        if (base != null) {
            base.themes().stream().flatMap(t -> t.demands().stream())
                    .filter(d -> cites(d, interactions, press)).forEach(d -> touched.add(d.demandId()));
        }
        return touched;
    }

    /** Whether the entry shows one of the interactions or press items (latest lists, evidence of a standing). */
    static boolean cites(DemandProgress d, Set<Long> interactions, Set<Long> press) {
        return d.interactions().stream().anyMatch(i -> interactions.contains(i.interactionId()))
                || d.pressItems().stream().anyMatch(p -> press.contains(p.pressItemId()))
                || d.targets().stream().anyMatch(t -> t.interaction() != null
                        && interactions.contains(t.interaction().interactionId())
                        || t.pressItem() != null && press.contains(t.pressItem().pressItemId()));
    }

    private Map<Long, DemandProgress> demands(List<Demand> demands, Map<Long, ProgressRepository.Target> targets) {
        if (demands.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = demands.stream().map(Demand::id).collect(Collectors.toSet());
        List<Position> current = targets.isEmpty() ? List.of()
                : new PositionRepository(db).current(campaignId, targets.keySet(), ids);
        Evidence evidence = Evidence.load(repo, campaignId, current, asOf, ids);
        Map<Long, DemandProgress> computed = new HashMap<>();
        for (Demand d : demands) {
            computed.put(d.id(), demand(d, current, targets, evidence));
        }
        return computed;
    }

    private static DemandProgress demand(Demand d, List<Position> current,
                                         Map<Long, ProgressRepository.Target> targets, Evidence evidence) {
        DemandStatus status = Ledger.status(d.id(), current);
        List<TargetStanding> standings = current.stream().filter(p -> p.demandId() == d.id())
                .sorted(Comparator.comparing(Position::level, Ledger.ORDER).reversed()
                        .thenComparing(Position::stakeholderId))
                .map(p -> TargetStanding.of(targets.get(p.stakeholderId()), p.level(), p.statedOn(),
                        evidence.interaction(p.evidenceInteractionId()), evidence.press(p.evidencePressItemId()),
                        p.evidenceDocument()))
                .toList();
        List<InteractionEvidence> interactions = evidence.latestInteractions().getOrDefault(d.id(), List.of());
        List<PressEvidence> press = evidence.latestPress().getOrDefault(d.id(), List.of());
        return new DemandProgress(d.id(), d.code(), d.title(), status.best(), standings, interactions, press,
                DemandProgress.lastActivity(interactions, press));
    }

    /** The interactions and press items the demands cite, loaded in a few queries. */
    private record Evidence(Map<Long, InteractionEvidence> interactions, Map<Long, PressEvidence> press,
                            Map<Long, List<InteractionEvidence>> latestInteractions,
                            Map<Long, List<PressEvidence>> latestPress) {

        static Evidence load(ProgressRepository repo, long campaignId, List<Position> current, LocalDate asOf,
                             Set<Long> demandIds) {
            Set<Long> interactionIds = new HashSet<>();
            Set<Long> pressIds = new HashSet<>();
            for (Position p : current) {
                if (p.evidenceInteractionId() != null) {
                    interactionIds.add(p.evidenceInteractionId());
                }
                if (p.evidencePressItemId() != null) {
                    pressIds.add(p.evidencePressItemId());
                }
            }
            return new Evidence(repo.interactions(campaignId, interactionIds), repo.pressItems(campaignId, pressIds),
                    repo.latestInteractions(campaignId, asOf, demandIds),
                    repo.latestPress(campaignId, asOf, demandIds));
        }

        InteractionEvidence interaction(Long id) {
            return id == null ? null : interactions.get(id);
        }

        PressEvidence press(Long id) {
            return id == null ? null : press.get(id);
        }
    }
}
