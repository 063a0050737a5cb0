package org.campaigntracker.core.status;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.hatvp.HatvpService;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.mobilisation.Delivery;
import org.campaigntracker.core.mobilisation.Mobilisation;
import org.campaigntracker.core.mobilisation.MobilisationCount;
import org.campaigntracker.core.mobilisation.MobilisationService;
import org.campaigntracker.core.plan.FollowUpService;
import org.campaigntracker.core.plan.MilestoneStatus;
import org.campaigntracker.core.plan.PlanService;
import org.campaigntracker.core.position.DemandStatus;
import org.campaigntracker.core.position.Ledger;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.status.CampaignStatus.DemandLine;
import org.campaigntracker.core.status.CampaignStatus.MilestoneLine;
import org.campaigntracker.core.status.CampaignStatus.MobilisationLine;
import org.campaigntracker.core.status.CampaignStatus.Overdue;
import org.campaigntracker.core.status.CampaignStatus.QuietTarget;
import org.campaigntracker.core.status.CampaignStatus.ThemeProgress;
import org.campaigntracker.core.stewardship.StewardshipService;
import org.campaigntracker.core.store.Transactions;

/** Builds {@link CampaignStatus} from the other features' services, in one read-only transaction. */
public final class StatusService implements Statuses {

    /** Power from which a target counts as high-power (4: strong influence, 5: decides). */
    public static final int HIGH_POWER = 4;
    private static final int MILESTONES_SHOWN = 5;

    private final Transactions transactions;
    private final CampaignService campaigns;
    private final StakeholderService stakeholders;
    private final PositionService positions;
    private final DemandService demands;
    private final CommitmentService commitments;
    private final MemberService members;
    private final FollowUpService followUps;
    private final PlanService plan;
    private final InteractionService interactions;
    private final HatvpService hatvp;
    private final MobilisationService mobilisations;
    private final StewardshipService stewardship;

    public StatusService(Transactions transactions, CampaignService campaigns, StakeholderService stakeholders,
                         PositionService positions, DemandService demands, CommitmentService commitments,
                         MemberService members, FollowUpService followUps, PlanService plan,
                         InteractionService interactions, HatvpService hatvp, MobilisationService mobilisations,
                         StewardshipService stewardship) {
        this.transactions = transactions;
        this.campaigns = campaigns;
        this.stakeholders = stakeholders;
        this.positions = positions;
        this.demands = demands;
        this.commitments = commitments;
        this.members = members;
        this.followUps = followUps;
        this.plan = plan;
        this.interactions = interactions;
        this.hatvp = hatvp;
        this.mobilisations = mobilisations;
        this.stewardship = stewardship;
    }

    @Override
    public CampaignStatus status(long campaignId, LocalDate asOf, int quietDays) {
        Check.of().range("days", quietDays, 1, 3650).date("as_of", asOf).orThrow();
        return transactions.transaction(tx -> {
            Campaign campaign = campaigns.get(campaignId);
            Map<Long, Stakeholder> byId = stakeholders.list(campaignId).stream()
                    .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
            List<Long> directTargets = byId.values().stream()
                    .filter(s -> s.category() == StakeholderCategory.direct_target).map(Stakeholder::id).toList();
            Map<Long, DemandStatus> ledger = positions.ledger(campaignId, directTargets);
            List<Demand> active = demands.demands(campaignId).stream().filter(Demand::active).toList();
            return new CampaignStatus(campaign.slug(), asOf, quietDays,
                    themes(demands.themes(campaignId), active, ledger), unsupported(active, ledger),
                    overdueCommitments(campaignId, asOf, byId), overdueFollowUps(campaignId, asOf),
                    nextMilestones(campaignId, asOf), quietTargets(campaignId, asOf, quietDays, byId),
                    hatvp.threshold(campaignId, asOf), mobilisations(campaignId, asOf),
                    stewardship.due(campaignId, null, asOf));
        });
    }

    private static List<ThemeProgress> themes(List<Theme> themes, List<Demand> demands,
                                              Map<Long, DemandStatus> ledger) {
        List<ThemeProgress> result = new ArrayList<>();
        for (Theme theme : themes) {
            if (!theme.active()) {
                continue;
            }
            Map<PositionLevel, Integer> counts = new EnumMap<>(PositionLevel.class);
            int n = 0;
            for (Demand demand : demands) {
                if (demand.themeId() == theme.id()) {
                    n++;
                    counts.merge(best(ledger, demand), 1, Integer::sum);
                }
            }
            result.add(new ThemeProgress(theme.code(), theme.title(), n, counts));
        }
        return result;
    }

    private static List<DemandLine> unsupported(List<Demand> demands, Map<Long, DemandStatus> ledger) {
        return demands.stream().filter(d -> Ledger.ORDER.compare(best(ledger, d), PositionLevel.supportive) < 0)
                .map(d -> new DemandLine(d.code(), d.title(), best(ledger, d))).toList();
    }

    private static PositionLevel best(Map<Long, DemandStatus> ledger, Demand demand) {
        DemandStatus status = ledger.get(demand.id());
        return status == null ? PositionLevel.unknown : status.best();
    }

    private List<Overdue> overdueCommitments(long campaignId, LocalDate asOf, Map<Long, Stakeholder> byId) {
        Map<Long, String> names = memberNames(campaignId);
        return commitments.overdue(campaignId, asOf).stream()
                .map(c -> new Overdue(c.id(), byId.get(c.stakeholderId()).label(), c.description(), c.dueOn(),
                        ChronoUnit.DAYS.between(c.dueOn(), asOf), c.ownerId() == null ? null : names.get(c.ownerId())))
                .sorted(Comparator.comparing(Overdue::dueOn).thenComparing(Overdue::id)).toList();
    }

    private List<Overdue> overdueFollowUps(long campaignId, LocalDate asOf) {
        Map<Long, String> names = memberNames(campaignId);
        return followUps.overdue(campaignId, asOf).stream()
                .map(f -> {
                    String owner = f.ownerId() == null ? null : names.get(f.ownerId());
                    return new Overdue(f.id(), owner, f.title(), f.dueOn(), ChronoUnit.DAYS.between(f.dueOn(), asOf),
                            owner);
                })
                .sorted(Comparator.comparing(Overdue::dueOn).thenComparing(Overdue::id)).toList();
    }

    private Map<Long, String> memberNames(long campaignId) {
        return members.list(campaignId).stream().collect(Collectors.toMap(Member::id, Member::displayName));
    }

    private List<MilestoneLine> nextMilestones(long campaignId, LocalDate asOf) {
        return plan.plan(campaignId, asOf).stream()
                .filter(e -> e.dated() && e.milestone().status() == MilestoneStatus.planned)
                .sorted(Comparator.comparing((org.campaigntracker.core.plan.PlanEntry e) -> e.effectiveDate())
                        .thenComparing(e -> e.milestone().id()))
                .limit(MILESTONES_SHOWN)
                .map(e -> new MilestoneLine(e.milestone().id(), e.milestone().title(), e.effectiveDate(), e.late(),
                        e.atRisk()))
                .toList();
    }

    private List<MobilisationLine> mobilisations(long campaignId, LocalDate asOf) {
        List<MobilisationLine> lines = new ArrayList<>();
        for (Mobilisation m : mobilisations.list(campaignId)) {
            if (m.launchedOn().isAfter(asOf)) {
                continue;
            }
            List<MobilisationCount> counts = m.counts().stream().filter(c -> !c.countedOn().isAfter(asOf)).toList();
            MobilisationCount last = counts.isEmpty() ? null : counts.get(counts.size() - 1);
            MobilisationCount before = counts.size() < 2 ? null : counts.get(counts.size() - 2);
            Delivery d = m.delivery() == null || m.delivery().on().isAfter(asOf) ? null : m.delivery();
            lines.add(new MobilisationLine(m.id(), m.title(), m.kind(), last == null ? null : last.count(),
                    last == null ? null : last.countedOn(), before == null ? null : before.count(),
                    before == null ? null : before.countedOn(), d == null ? null : d.on(),
                    d != null && d.responseInteractionId() != null));
        }
        return lines;
    }

    private List<QuietTarget> quietTargets(long campaignId, LocalDate asOf, int quietDays,
                                           Map<Long, Stakeholder> byId) {
        Map<Long, LocalDate> last = interactions.lastContact(campaignId, asOf);
        LocalDate threshold = asOf.minusDays(quietDays);
        return byId.values().stream()
                .filter(s -> s.power() >= HIGH_POWER && (s.category() == StakeholderCategory.direct_target
                        || s.category() == StakeholderCategory.intermediate_target))
                .filter(s -> last.get(s.id()) == null || !last.get(s.id()).isAfter(threshold))
                .map(s -> new QuietTarget(s.id(), s.label(), s.power(), last.get(s.id())))
                .sorted(Comparator.comparing(QuietTarget::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(QuietTarget::name))
                .toList();
    }
}
