package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.stewardship.AccessRating;
import org.campaigntracker.core.stewardship.Stewardship;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.position.Ledger;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;

/** Assembles the map and its gaps from rows already read; no database here, so the rules are tested directly. */
final class MapBuilder {

    /** Who the campaign tries to move: the targets of the gap analysis. */
    static final Set<StakeholderCategory> TARGETS =
            EnumSet.of(StakeholderCategory.direct_target, StakeholderCategory.intermediate_target);

    private final LocalDate today;
    private final int staleDays;
    private final int minPower;

    MapBuilder(LocalDate today, int staleDays, int minPower) {
        this.today = today;
        this.staleDays = staleDays;
        this.minPower = minPower;
    }

    StakeholderMap build(List<Stakeholder> stakeholders, List<Relationship> relationships,
                         Map<Long, MapRepository.Engagement> engagement, Map<Long, List<Long>> themes,
                         List<Demand> demands, List<Position> currentPositions, Map<Long, AccessRating> access,
                         Map<Long, Stewardship> stewardship) {
        Map<Long, Integer> influence = new HashMap<>();
        List<StakeholderMap.Edge> edges = relationships.stream().map(r -> {
            boolean active = r.until() == null || !r.until().isBefore(today);
            if (active) {
                influence.merge(r.fromId(), r.strength(), Integer::sum);
                influence.merge(r.toId(), r.strength(), Integer::sum);
            }
            return new StakeholderMap.Edge(r.id(), r.fromId(), r.toId(), r.type(), r.strength(), r.since(), r.until(),
                    active);
        }).toList();
        List<StakeholderMap.Node> nodes = stakeholders.stream().map(s -> {
            MapRepository.Engagement e = engagement.get(s.id());
            LocalDate last = e == null ? null : e.lastContact();
            return new StakeholderMap.Node(s.id(), s.kind(), s.name(), s.function(), s.organisationId(),
                    s.organisationName(), s.category(), s.power(), s.stance(), e == null ? 0 : e.interactions(), last,
                    isStale(last), influence.getOrDefault(s.id(), 0), themes.getOrDefault(s.id(), List.of()),
                    access.containsKey(s.id()) ? access.get(s.id()).score() : null,
                    stewardship.containsKey(s.id()) ? stewardship.get(s.id()).ownerName() : null);
        }).toList();
        InfluencePaths graph = new InfluencePaths(relationships, Map.of(), today);
        StakeholderMap.Gaps gaps = new StakeholderMap.Gaps(minPower, notContacted(nodes),
                unreachable(nodes, graph), unsupported(stakeholders, demands, currentPositions));
        return new StakeholderMap(today, staleDays, nodes, edges, gaps);
    }

    private boolean isStale(LocalDate last) {
        return last == null || ChronoUnit.DAYS.between(last, today) > staleDays;
    }

    /** Powerful targets first; among equals, the longest forgotten (never met before everyone). */
    private List<StakeholderMap.StaleTarget> notContacted(List<StakeholderMap.Node> nodes) {
        return nodes.stream().filter(n -> TARGETS.contains(n.category()) && n.power() >= minPower && n.faded())
                .sorted(Comparator.comparingInt(StakeholderMap.Node::power).reversed()
                        .thenComparing(StakeholderMap.Node::lastContact, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(StakeholderMap.Node::id))
                .map(n -> new StakeholderMap.StaleTarget(n.id(), n.lastContact(),
                        n.lastContact() == null ? null : ChronoUnit.DAYS.between(n.lastContact(), today)))
                .toList();
    }

    private static List<Long> unreachable(List<StakeholderMap.Node> nodes, InfluencePaths graph) {
        Collection<Long> ourSide = nodes.stream().filter(n -> MapService.OUR_SIDE.contains(n.category()))
                .map(StakeholderMap.Node::id).toList();
        Set<Long> reached = graph.reachableFrom(ourSide);
        return nodes.stream().filter(n -> TARGETS.contains(n.category()) && !reached.contains(n.id()))
                .map(StakeholderMap.Node::id).toList();
    }

    private static List<StakeholderMap.OrphanDemand> unsupported(List<Stakeholder> stakeholders, List<Demand> demands,
                                                                 List<Position> currentPositions) {
        Set<Long> targets = stakeholders.stream().filter(s -> TARGETS.contains(s.category())).map(Stakeholder::id)
                .collect(Collectors.toSet());
        Set<Long> supported = currentPositions.stream()
                .filter(p -> targets.contains(p.stakeholderId()) && supports(p.level()))
                .map(Position::demandId).collect(Collectors.toSet());
        return demands.stream().filter(d -> d.active() && !supported.contains(d.id()))
                .map(d -> new StakeholderMap.OrphanDemand(d.id(), d.code(), d.title())).toList();
    }

    /** Supportive or better; a backtrack is not support whatever it followed. */
    static boolean supports(PositionLevel level) {
        return Ledger.countsAsProgress(level) && Ledger.ORDER.compare(level, PositionLevel.supportive) >= 0;
    }
}
