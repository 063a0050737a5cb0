package org.campaigntracker.core.hatvp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.common.CampaignDates;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.hatvp.HatvpDeclaration.Action;
import org.campaigntracker.core.hatvp.HatvpDeclaration.Decision;
import org.campaigntracker.core.hatvp.HatvpDeclaration.DecisionType;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.store.Transactions;

/**
 * Builds the register's declaration and the threshold check from the interactions. A public official is a direct
 * or intermediate target (the people and bodies the campaign seeks to influence); allies, media and coalition
 * members are never officials, even when they sat in the same meeting.
 */
public final class HatvpService implements HatvpDeclarations {

    private final Transactions transactions;
    private final CampaignService campaigns;
    private final StakeholderService stakeholders;
    private final DemandService demands;
    private final InteractionService interactions;

    public HatvpService(Transactions transactions, CampaignService campaigns, StakeholderService stakeholders,
                        DemandService demands, InteractionService interactions) {
        this.transactions = transactions;
        this.campaigns = campaigns;
        this.stakeholders = stakeholders;
        this.demands = demands;
        this.interactions = interactions;
    }

    @Override
    public HatvpFormat.Document document(long campaignId, int year, List<String> policyAreas,
                                         DecisionType decisionType, Locale locale) {
        return HatvpFormat.document(declaration(campaignId, year, policyAreas, decisionType), locale);
    }

    @Override
    public String csv(long campaignId, int year, List<String> policyAreas, DecisionType decisionType,
                      Locale locale) {
        return HatvpFormat.csv(declaration(campaignId, year, policyAreas, decisionType), locale);
    }

    /**
     * @param policyAreas the register's policy areas; when empty, the campaign's active theme titles stand in
     * @param decisionType what kind of decision the campaign targets; its description is the deadline's label
     */
    public HatvpDeclaration declaration(long campaignId, int year, List<String> policyAreas,
                                        DecisionType decisionType) {
        Check.of().range("year", year, 2017, 2100).orThrow();
        return transactions.transaction(tx -> {
            Campaign campaign = campaigns.get(campaignId);
            List<Action> actions = actions(campaignId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            List<String> areas = policyAreas.isEmpty()
                    ? demands.themes(campaignId).stream().filter(Theme::active).map(Theme::title).toList()
                    : policyAreas;
            String decision = campaign.deadlineLabel() != null ? campaign.deadlineLabel() : campaign.name();
            return new HatvpDeclaration(year, campaign.objective() != null ? campaign.objective() : campaign.name(),
                    areas, List.of(new Decision(decisionType == null ? DecisionType.OTHER : decisionType, decision)),
                    sorted(actions.stream().flatMap(a -> a.officials().stream()).toList(), OfficialCategory.class),
                    sorted(actions.stream().map(Action::type).toList(), ActionType.class), actions);
        });
    }

    /** The communications counted over the twelve months ending on {@code asOf}. */
    public LobbyingThreshold threshold(long campaignId, LocalDate asOf) {
        CampaignDates.require("as_of", asOf);
        LocalDate since = asOf.minusMonths(12).plusDays(1);
        return transactions.transaction(tx -> new LobbyingThreshold(since, asOf,
                actions(campaignId, since, asOf).size()));
    }

    private List<Action> actions(long campaignId, LocalDate from, LocalDate to) {
        Map<Long, Stakeholder> officials = stakeholders.list(campaignId).stream()
                .filter(s -> s.category() == StakeholderCategory.direct_target
                        || s.category() == StakeholderCategory.intermediate_target)
                .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
        Map<Long, String> codes = demands.demands(campaignId).stream()
                .collect(Collectors.toMap(Demand::id, Demand::code));
        return between(interactions, campaignId, from, to).stream()
                .map(i -> action(i, officials, codes))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Every interaction of the period the coalition itself held, oldest first, read a page at a time: a plan is not
     * yet an action, and a partner organisation declares its own meetings.
     */
    private static List<Interaction> between(InteractionService interactions, long campaignId, LocalDate from,
                                             LocalDate to) {
        List<Interaction> all = new ArrayList<>();
        Page page = Page.first(Page.MAX_LIMIT);
        List<Interaction> slice;
        do {
            slice = interactions.list(campaignId, InteractionFilter.all().between(from, to)
                    .withStatus(org.campaigntracker.core.interaction.InteractionStatus.HELD), page);
            slice.stream().filter(i -> i.organisationId() == null).forEach(all::add);
            page = page.next();
        } while (slice.size() == Page.MAX_LIMIT);
        all.sort(Comparator.comparing(Interaction::occurredOn).thenComparing(Interaction::id));
        return all;
    }

    private static Optional<Action> action(Interaction i, Map<Long, Stakeholder> officials, Map<Long, String> codes) {
        List<OfficialCategory> met = sorted(i.participantIds().stream().map(officials::get).filter(Objects::nonNull)
                .map(OfficialCategory::of).toList(), OfficialCategory.class);
        if (met.isEmpty()) {
            return Optional.empty();
        }
        return ActionType.of(i.kind()).map(type -> new Action(i.occurredOn(), type, met,
                i.demandIds().stream().map(codes::get).filter(Objects::nonNull).sorted().toList()));
    }

    private static <E extends Enum<E>> List<E> sorted(Collection<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return List.copyOf(set);
    }
}
