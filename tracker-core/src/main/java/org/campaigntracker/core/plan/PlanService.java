package org.campaigntracker.core.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignRepository;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.store.Change;
import org.campaigntracker.core.store.Transactions;

/** Use cases on the retro-plan of one campaign; each public method is one transaction. */
public final class PlanService implements Plans {

    private final Transactions transactions;

    public PlanService(Transactions transactions) {
        this.transactions = transactions;
    }

    /** A new milestone cannot close a cycle: nothing depends on it yet. */
    @Override
    public Milestone add(long campaignId, MilestoneDraft draft) {
        return transactions.write(campaignId, tx -> {
            MilestoneRepository repo = new MilestoneRepository(tx.dsl());
            checkDependenciesExist(draft.dependsOn(), byId(repo.milestones(campaignId)));
            return repo.insert(campaignId, draft);
        }, added -> Change.milestone(added.id()));
    }

    public Milestone update(long campaignId, long milestoneId, int expectedVersion, MilestoneDraft draft) {
        return transactions.write(campaignId, tx -> {
            MilestoneRepository repo = new MilestoneRepository(tx.dsl());
            Map<Long, Milestone> all = byId(repo.milestones(campaignId));
            if (!all.containsKey(milestoneId)) {
                throw new NotFoundException("milestone", milestoneId);
            }
            checkDependenciesExist(draft.dependsOn(), all);
            Map<Long, Set<Long>> others = new HashMap<>(repo.dependencies(campaignId));
            others.remove(milestoneId);
            RetroPlan.cycle(milestoneId, draft.dependsOn(), others).ifPresent(path -> {
                throw InvalidInputException.of("depends_on", "cycle",
                        path.stream().map(id -> "“" + all.get(id).title() + "”")
                                .collect(Collectors.joining(" → ")));
            });
            return repo.update(campaignId, milestoneId, expectedVersion, draft);
        }, updated -> Change.milestone(milestoneId));
    }

    @Override
    public Milestone markDone(long campaignId, long milestoneId, int expectedVersion, LocalDate on) {
        if (on == null) {
            throw InvalidInputException.of("done_on", "required");
        }
        return transactions.write(campaignId, tx -> new MilestoneRepository(tx.dsl())
                .updateStatus(campaignId, milestoneId, expectedVersion, MilestoneStatus.done, on),
                done -> Change.milestone(milestoneId));
    }

    public void delete(long campaignId, long milestoneId, int expectedVersion) {
        transactions.writeVoid(campaignId, Change.milestone(milestoneId),
                tx -> new MilestoneRepository(tx.dsl()).delete(campaignId, milestoneId, expectedVersion));
    }

    @Override
    public Milestone milestone(long campaignId, long milestoneId) {
        return transactions.read(tx -> new MilestoneRepository(tx.dsl()).milestone(campaignId, milestoneId)
                .orElseThrow(() -> new NotFoundException("milestone", milestoneId)));
    }

    @Override
    public List<Milestone> milestones(long campaignId) {
        return transactions.read(tx -> new MilestoneRepository(tx.dsl()).milestones(campaignId));
    }

    /** The retro-plan as of {@code today}, dated from the campaign's current deadline. */
    @Override
    public List<PlanEntry> plan(long campaignId, LocalDate today) {
        return transactions.transaction(tx -> {
            Campaign campaign = new CampaignRepository(tx.dsl()).findById(campaignId)
                    .orElseThrow(() -> new NotFoundException("campaign", campaignId));
            List<Milestone> milestones = new MilestoneRepository(tx.dsl()).milestones(campaignId);
            return RetroPlan.plan(milestones, campaign.deadline(), today);
        });
    }

    private static void checkDependenciesExist(Set<Long> dependsOn, Map<Long, Milestone> all) {
        if (!all.keySet().containsAll(dependsOn)) {
            throw InvalidInputException.of("depends_on", "db.reference");
        }
    }

    private static Map<Long, Milestone> byId(List<Milestone> milestones) {
        return milestones.stream().collect(Collectors.toMap(Milestone::id, Function.identity()));
    }
}
