package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.NotFoundException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.stewardship.StewardshipService;
import org.campaigntracker.core.store.Transactions;

/** The campaign's stakeholder map: the whole graph with its gaps, influence paths, and one stakeholder's card. */
public final class MapService implements Maps {

    /** Our side: where routes start. */
    public static final Set<StakeholderCategory> OUR_SIDE =
            EnumSet.of(StakeholderCategory.coalition_member, StakeholderCategory.ally);

    /** Not contacted for this many days: faded on the map, and a gap for a powerful target. */
    public static final int DEFAULT_STALE_DAYS = 90;
    /** Targets at least this powerful are reported when left alone. */
    public static final int DEFAULT_GAP_POWER = 4;

    /** Routes asked for at most: each further one costs another shortest-path search. */
    public static final int MAX_PATHS = 20;

    /** A route with its explanation. */
    public record ExplainedPath(InfluencePaths.Path path, Stakeholder source, String explanation) {
    }

    private final Transactions transactions;
    private final StakeholderService stakeholders;
    private final RelationshipService relationships;
    private final InteractionService interactions;
    private final DemandService demands;
    private final PositionService positions;
    private final CommitmentService commitments;
    private final StewardshipService stewardship;

    public MapService(Transactions transactions, StakeholderService stakeholders, RelationshipService relationships,
                      InteractionService interactions, DemandService demands, PositionService positions,
                      CommitmentService commitments, StewardshipService stewardship) {
        this.transactions = transactions;
        this.stakeholders = stakeholders;
        this.relationships = relationships;
        this.interactions = interactions;
        this.demands = demands;
        this.positions = positions;
        this.commitments = commitments;
        this.stewardship = stewardship;
    }

    /** The whole map as of {@code today}; eight queries whatever the size of the campaign. */
    @Override
    public StakeholderMap map(long campaignId, LocalDate today, int staleDays, int gapPower) {
        Check.of().range("stale_days", staleDays, 1, 3650).range("min_power", gapPower, 1, 5).date("as_of", today)
                .orThrow();
        return transactions.transaction(tx -> {
            MapRepository repo = new MapRepository(tx.dsl());
            return new MapBuilder(today, staleDays, gapPower).build(stakeholders.list(campaignId),
                    relationships.list(campaignId), repo.engagement(campaignId, today),
                    repo.themes(campaignId), demands.demands(campaignId), positions.current(campaignId),
                    stewardship.currentAccess(campaignId), stewardship.all(campaignId));
        });
    }

    /** The best routes from coalition members and allies to the target, explained in the given language. */
    @Override
    public List<ExplainedPath> pathsTo(long campaignId, long targetId, LocalDate today, int limit, Locale locale) {
        Check.of().range("limit", limit, 1, MAX_PATHS).orThrow();
        Map<Long, Stakeholder> all = stakeholders.list(campaignId).stream()
                .collect(Collectors.toMap(Stakeholder::id, Function.identity()));
        // The list already says whether the target exists: one query fewer on the 50 ms budget of a path query.
        if (!all.containsKey(targetId)) {
            throw new NotFoundException("stakeholder", targetId);
        }
        Map<Long, LocalDate> lastContact = interactions.lastContact(campaignId, today);
        Map<Long, String> labels = all.values().stream().collect(Collectors.toMap(Stakeholder::id, Stakeholder::label));
        List<Long> sources = all.values().stream().filter(s -> OUR_SIDE.contains(s.category()))
                .map(Stakeholder::id).toList();
        return new InfluencePaths(relationships.list(campaignId), lastContact, today)
                .toTarget(targetId, sources, limit).stream()
                .map(p -> new ExplainedPath(p, all.get(p.sourceId()),
                        PathExplanation.explain(p, labels, lastContact, today, locale)))
                .toList();
    }

    /** One stakeholder's card: at most {@code interactionLimit} interactions, newest first. */
    public StakeholderCard card(long campaignId, long stakeholderId, int interactionLimit) {
        Stakeholder who = stakeholders.get(campaignId, stakeholderId);
        Map<Long, Position> current = positions.current(campaignId).stream()
                .filter(p -> p.stakeholderId() == stakeholderId)
                .collect(Collectors.toMap(Position::demandId, Function.identity()));
        List<StakeholderCard.DemandPosition> standing = demands.demands(campaignId).stream()
                .filter(Demand::active).map(d -> new StakeholderCard.DemandPosition(d, current.get(d.id()))).toList();
        return new StakeholderCard(who, stakeholders.history(campaignId, stakeholderId),
                interactions.list(campaignId, InteractionFilter.all().withStakeholder(stakeholderId),
                        Page.first(interactionLimit)),
                commitments.list(campaignId, null, stakeholderId, null), standing,
                stewardship.get(campaignId, stakeholderId), stewardship.accessHistory(campaignId, stakeholderId));
    }
}
