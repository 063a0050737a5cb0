package org.campaigntracker.api.map;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.map.StakeholderMap;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderKind;

/**
 * The map as JSON: nodes with their scores, edges, and gaps. At most {@link #MAX_NODES} nodes (the most powerful,
 * then the most engaged) and {@link #MAX_EDGES} edges between them (the strongest): past that no browser draws it
 * legibly, and the answer would grow without end with the campaign. {@code limits} says what was left out.
 */
public record MapRepresentation(LocalDate asOf, int staleDays, List<NodeJson> nodes, List<EdgeJson> edges,
                                GapsJson gaps, LimitsJson limits) {

    public static final int MAX_NODES = 5_000;
    public static final int MAX_EDGES = 20_000;

    /** The caps, the campaign's real counts, and whether {@code nodes} or {@code edges} were cut to fit. */
    public record LimitsJson(int maxNodes, int maxEdges, int nodeCount, int edgeCount, boolean truncated) {
    }

    /**
     * A stakeholder with the scores the page draws: power, stance, engagement, influence, fade, access (1 to 5, null:
     * never rated), and the member who holds the relationship.
     */
    public record NodeJson(long id, String kind, String name, String label, String function, Long organisationId,
                           String organisationName, String category, int power, int stance, int engagement,
                           int influence, LocalDate lastContact, boolean faded, List<Long> themeIds, Integer access,
                           String owner) {
    }

    public record EdgeJson(long id, long from, long to, String type, int strength, LocalDate since, LocalDate until,
                           boolean active) {
    }

    public record StaleJson(long stakeholderId, LocalDate lastContact, Long days) {
    }

    public record DemandJson(long id, String code, String title) {
    }

    public record GapsJson(int minPower, List<StaleJson> notContacted, List<Long> unreachable,
                           List<DemandJson> unsupportedDemands) {
    }

    static MapRepresentation from(StakeholderMap m) {
        return from(m, MAX_NODES, MAX_EDGES);
    }

    static MapRepresentation from(StakeholderMap m, int maxNodes, int maxEdges) {
        // The map's own order is kept for the nodes shown; which ones are shown is decided by power.
        Set<Long> kept = m.nodes().stream()
                .sorted(Comparator.comparingInt(StakeholderMap.Node::power).reversed()
                        .thenComparing(Comparator.comparingInt(StakeholderMap.Node::engagement).reversed())
                        .thenComparingLong(StakeholderMap.Node::id))
                .limit(maxNodes).map(StakeholderMap.Node::id).collect(Collectors.toSet());
        List<StakeholderMap.Node> nodes = m.nodes().stream().filter(n -> kept.contains(n.id())).toList();
        List<StakeholderMap.Edge> between = m.edges().stream()
                .filter(e -> kept.contains(e.fromId()) && kept.contains(e.toId())).toList();
        List<StakeholderMap.Edge> edges = between.size() <= maxEdges ? between : between.stream()
                .sorted(Comparator.comparingInt(StakeholderMap.Edge::strength).reversed()
                        .thenComparingLong(StakeholderMap.Edge::id))
                .limit(maxEdges).toList();
        boolean truncated = nodes.size() < m.nodes().size() || edges.size() < m.edges().size();
        return new MapRepresentation(m.asOf(), m.staleDays(),
                nodes.stream().map(n -> new NodeJson(n.id(), Wire.code(n.kind()), n.name(), n.label(),
                        n.function(), n.organisationId(), n.organisationName(), Wire.code(n.category()), n.power(),
                        n.stance(), n.engagement(), n.influence(), n.lastContact(), n.faded(), n.themeIds(),
                        n.access(), n.owner())).toList(),
                edges.stream().map(e -> new EdgeJson(e.id(), e.fromId(), e.toId(), Wire.code(e.type()),
                        e.strength(), e.since(), e.until(), e.active())).toList(),
                new GapsJson(m.gaps().minPower(),
                        m.gaps().notContacted().stream().limit(maxNodes).map(s -> new StaleJson(s.stakeholderId(),
                                s.lastContact(), s.days())).toList(),
                        m.gaps().unreachable().stream().limit(maxNodes).toList(),
                        m.gaps().unsupportedDemands().stream().map(d -> new DemandJson(d.demandId(), d.code(),
                                d.title())).toList()),
                new LimitsJson(maxNodes, maxEdges, m.nodes().size(), m.edges().size(), truncated));
    }

    /**
     * An answer as core's map. It holds what the server sent: past {@link #MAX_NODES} nodes or {@link #MAX_EDGES}
     * edges ({@code limits.truncated}) the least powerful nodes and weakest edges are missing, as on the web page.
     */
    public StakeholderMap toDomain() {
        return new StakeholderMap(asOf, staleDays,
                nodes.stream().map(n -> new StakeholderMap.Node(n.id(),
                        Wire.enumValue(StakeholderKind.class, n.kind(), "kind"), n.name(), n.function(),
                        n.organisationId(), n.organisationName(),
                        Wire.enumValue(StakeholderCategory.class, n.category(), "category"), n.power(), n.stance(),
                        n.engagement(), n.lastContact(), n.faded(), n.influence(), n.themeIds(), n.access(),
                        n.owner())).toList(),
                edges.stream().map(e -> new StakeholderMap.Edge(e.id(), e.from(), e.to(),
                        Wire.enumValue(RelationshipType.class, e.type(), "type"), e.strength(), e.since(), e.until(),
                        e.active())).toList(),
                new StakeholderMap.Gaps(gaps.minPower(),
                        gaps.notContacted().stream().map(s -> new StakeholderMap.StaleTarget(s.stakeholderId(),
                                s.lastContact(), s.days())).toList(),
                        gaps.unreachable(),
                        gaps.unsupportedDemands().stream().map(d -> new StakeholderMap.OrphanDemand(d.id(), d.code(),
                                d.title())).toList()));
    }
}
