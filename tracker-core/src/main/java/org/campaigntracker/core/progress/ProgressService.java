package org.campaigntracker.core.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandRepository;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.position.DemandStatus;
import org.campaigntracker.core.position.Ledger;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionRepository;
import org.campaigntracker.core.progress.DemandProgress.InteractionEvidence;
import org.campaigntracker.core.progress.DemandProgress.PressEvidence;
import org.campaigntracker.core.revision.RevisionWatch;
import org.campaigntracker.core.store.Renditions;
import org.campaigntracker.core.store.Transactions;
import org.jooq.DSLContext;

/**
 * Progress per campaign, computed once per campaign revision and kept in memory. While the {@link RevisionWatch}
 * vouches that nothing changed, a call costs no query at all; otherwise it reads the revision counter (one indexed
 * read) and the full computation runs only when a write (in this process or any other one on the same database)
 * bumped it, or when the day changed.
 */
public final class ProgressService {

    private record Cached(long revision, LocalDate asOf, Progress progress, RevisionWatch.Stamp stamp,
                          Renditions renditions) {
    }

    /** The progress, and its renditions (made once per value, dropped with it). */
    public record View(Progress progress, Renditions renditions) {
    }

    private final Transactions transactions;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, CompletableFuture<Progress>> computing = new ConcurrentHashMap<>();

    private final RevisionWatch watch;

    public ProgressService(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.watch = transactions.watch();
    }

    /** The campaign's current revision: a cheap validator for anything derived from the campaign's data. */
    public long revision(long campaignId) {
        return transactions.read(tx -> new ProgressRepository(tx.dsl()).revision(campaignId));
    }

    public Progress progress(long campaignId) {
        return view(campaignId).progress();
    }

    public View view(long campaignId) {
        LocalDate today = LocalDate.now(clock);
        if (transactions.inTransaction()) {
            // A unit of work reads its own writes, never a cached view.
            return new View(compute(campaignId, today), new Renditions());
        }
        Cached hit = cache.get(campaignId);
        if (hit != null && hit.asOf().equals(today) && watch.current(campaignId, hit.stamp())) {
            return new View(hit.progress(), hit.renditions());
        }
        RevisionWatch.Stamp stamp = watch.stamp(campaignId); // before reading: a change after it must show
        long revision = revision(campaignId);
        Cached fresh = hit != null && hit.revision() == revision && hit.asOf().equals(today)
                ? new Cached(revision, today, hit.progress(), stamp, hit.renditions())
                : cached(computeOnce(campaignId, today, revision), today, stamp);
        // Keep the newest of concurrent computations: an older revision must never replace a newer one.
        Cached kept = cache.merge(campaignId, fresh,
                (old, neu) -> neu.revision() >= old.revision() || !old.asOf().equals(neu.asOf()) ? neu : old);
        Cached served = kept.progress() == fresh.progress() ? kept : fresh;
        return new View(served.progress(), served.renditions());
    }

    private static Cached cached(Progress progress, LocalDate today, RevisionWatch.Stamp stamp) {
        return new Cached(progress.revision(), today, progress, stamp, new Renditions());
    }

    /**
     * The progress at {@code revision} or later, computed by one caller while the others that need it wait for its
     * result: after a write, every poll in flight used to compute the same view side by side. A result may be shared
     * only if its snapshot is at least as new as the revision the waiter read (and of the same day); otherwise the
     * waiter computes again, so no caller is ever answered with data older than what it has already seen.
     */
    private Progress computeOnce(long campaignId, LocalDate today, long revision) {
        while (true) {
            CompletableFuture<Progress> mine = new CompletableFuture<>();
            CompletableFuture<Progress> running = computing.putIfAbsent(campaignId, mine);
            if (running == null) {
                try {
                    Progress result = compute(campaignId, today);
                    mine.complete(result);
                    return result;
                } catch (RuntimeException | Error e) {
                    mine.completeExceptionally(e);
                    throw e;
                } finally {
                    computing.remove(campaignId, mine);
                }
            }
            Progress shared;
            try {
                shared = running.join();
            } catch (CompletionException | CancellationException e) {
                // Its failure is its caller's to report; this caller tries for itself.
                return compute(campaignId, today);
            }
            if (shared.revision() >= revision && shared.asOf().equals(today)) {
                return shared;
            }
        }
    }

    /** One repeatable-read snapshot, so the revision stored with the view is the one its data comes from. */
    private Progress compute(long campaignId, LocalDate asOf) {
        boolean joined = transactions.inTransaction();
        return transactions.transaction(tx -> {
            DSLContext db = tx.dsl();
            if (!joined) {
                db.execute("set transaction isolation level repeatable read read only");
            }
            ProgressRepository repo = new ProgressRepository(db);
            ProgressRepository.CampaignHead head = repo.campaign(campaignId)
                    .orElseThrow(() -> new NotFoundException("campaign", campaignId));
            long revision = repo.revision(campaignId);
            DemandRepository demandRepo = new DemandRepository(db);
            Map<Long, ProgressRepository.Target> targets = repo.directTargets(campaignId);
            List<Position> current = new PositionRepository(db).current(campaignId).stream()
                    .filter(p -> targets.containsKey(p.stakeholderId())).toList();
            Evidence evidence = Evidence.load(repo, campaignId, current, asOf);
            Map<Long, List<Demand>> demandsByTheme = demandRepo.demands(campaignId).stream()
                    .filter(Demand::active).collect(Collectors.groupingBy(Demand::themeId));
            List<Progress.ThemeProgress> themes = new ArrayList<>();
            for (Theme theme : demandRepo.themes(campaignId)) {
                if (!theme.active()) {
                    continue;
                }
                List<DemandProgress> demands = demandsByTheme.getOrDefault(theme.id(), List.of()).stream()
                        .map(d -> demand(d, current, targets, evidence)).toList();
                themes.add(new Progress.ThemeProgress(theme.id(), theme.code(), theme.title(), demands));
            }
            return new Progress(head.id(), head.slug(), head.name(), head.deadline(), revision, asOf, themes,
                    repo.lastActivity(campaignId, asOf).orElse(null),
                    repo.nextMilestone(campaignId, head.deadline(), asOf).orElse(null));
        });
    }

    private static DemandProgress demand(Demand d, List<Position> current,
                                         Map<Long, ProgressRepository.Target> targets, Evidence evidence) {
        DemandStatus status = Ledger.status(d.id(), current);
        List<TargetStanding> standings = current.stream().filter(p -> p.demandId() == d.id())
                .sorted(java.util.Comparator.comparing(Position::level, Ledger.ORDER).reversed()
                        .thenComparing(Position::stakeholderId))
                .map(p -> TargetStanding.of(targets.get(p.stakeholderId()), p.level(), p.statedOn(),
                        evidence.interaction(p.evidenceInteractionId()), evidence.press(p.evidencePressItemId()),
                        p.evidenceDocument()))
                .toList();
        List<InteractionEvidence> interactions = evidence.latestInteractions().getOrDefault(d.id(), List.of());
        List<PressEvidence> press = evidence.latestPress().getOrDefault(d.id(), List.of());
        LocalDate last = ProgressRepository.later(interactions.isEmpty() ? null : interactions.get(0).occurredOn(),
                press.isEmpty() ? null : press.get(0).publishedOn());
        return new DemandProgress(d.id(), d.code(), d.title(), status.best(), standings, interactions, press, last);
    }

    /** The interactions and press items the progress view cites, loaded in a few queries. */
    private record Evidence(Map<Long, InteractionEvidence> interactions, Map<Long, PressEvidence> press,
                            Map<Long, List<InteractionEvidence>> latestInteractions,
                            Map<Long, List<PressEvidence>> latestPress) {

        static Evidence load(ProgressRepository repo, long campaignId, List<Position> current, LocalDate asOf) {
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
                    repo.latestInteractions(campaignId, asOf), repo.latestPress(campaignId, asOf));
        }

        InteractionEvidence interaction(Long id) {
            return id == null ? null : interactions.get(id);
        }

        PressEvidence press(Long id) {
            return id == null ? null : press.get(id);
        }
    }
}
