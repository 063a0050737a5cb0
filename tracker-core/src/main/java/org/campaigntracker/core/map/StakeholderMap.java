package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderKind;

/**
 * The map of one campaign as of one day: every stakeholder as a node, every relationship as an edge, and the gaps an
 * adviser should act on. It is a read model: built in a few queries, never stored.
 */
public record StakeholderMap(LocalDate asOf, int staleDays, List<Node> nodes, List<Edge> edges, Gaps gaps) {

    public StakeholderMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A stakeholder on the map. {@code engagement} counts the interactions they took part in; {@code influence} sums
     * the strengths of their current relationships (how connected they are); {@code faded} means not contacted for
     * {@code staleDays} or never; {@code access} is the latest access rating (1 to 5, null: never rated) and
     * {@code owner} the member who holds the relationship (null: nobody).
     */
    public record Node(long id, StakeholderKind kind, String name, String function, Long organisationId,
                       String organisationName, StakeholderCategory category, int power, int stance, int engagement,
                       LocalDate lastContact, boolean faded, int influence, List<Long> themeIds, Integer access,
                       String owner) {

        public Node {
            themeIds = List.copyOf(themeIds);
        }

        /** "Nicolas Grivel (CNAF)", as stakeholders are shown everywhere else. */
        public String label() {
            return organisationName == null ? name : name + " (" + organisationName + ")";
        }
    }

    /** A relationship; {@code active} is false once its end date has passed. */
    public record Edge(long id, long fromId, long toId, RelationshipType type, int strength, LocalDate since,
                       LocalDate until, boolean active) {
    }

    /** A high-power target we have not met for {@code days} days ({@code lastContact} null: never). */
    public record StaleTarget(long stakeholderId, LocalDate lastContact, Long days) {
    }

    /** A demand no target supports yet. */
    public record OrphanDemand(long demandId, String code, String title) {
    }

    /**
     * What to act on: high-power targets left alone, targets no coalition member or ally can reach through current
     * relationships, and active demands no target supports (supportive or better, not backtracked).
     */
    public record Gaps(int minPower, List<StaleTarget> notContacted, List<Long> unreachable,
                       List<OrphanDemand> unsupportedDemands) {

        public Gaps {
            notContacted = List.copyOf(notContacted);
            unreachable = List.copyOf(unreachable);
            unsupportedDemands = List.copyOf(unsupportedDemands);
        }
    }
}
