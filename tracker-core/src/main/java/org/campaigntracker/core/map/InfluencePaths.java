package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.campaigntracker.core.stakeholder.Relationship;

/**
 * Best routes from our side to a target through known relationships.
 *
 * <p>A relationship can be used in either direction (if X reports to the director, X can reach the director, and
 * the director can be reached from X's boss too). Each hop costs {@code 6 − strength}, so strong ties are cheap,
 * plus up to 3 for how long ago we last met the person reached (never: 3; within a month: 0), so fresh contacts
 * win over stale ones. Relationships that have ended are not used. One Dijkstra run from the target gives every
 * source's best route, so a query stays fast on large maps.
 */
public final class InfluencePaths {

    /** One step of a route; {@code forward} is false when the relationship points the other way. */
    public record Hop(long fromId, long toId, Relationship relationship, boolean forward) {
    }

    /** A route from a source to the target, cheapest first when sorted. */
    public record Path(long sourceId, long targetId, List<Hop> hops, int cost) {
    }

    private final Map<Long, List<Hop>> adjacency = new HashMap<>();
    private final Map<Long, LocalDate> lastContact;
    private final LocalDate today;

    public InfluencePaths(Collection<Relationship> relationships, Map<Long, LocalDate> lastContact, LocalDate today) {
        this.lastContact = lastContact;
        this.today = today;
        for (Relationship r : relationships) {
            if (r.until() != null && r.until().isBefore(today)) {
                continue;
            }
            adjacency.computeIfAbsent(r.fromId(), k -> new ArrayList<>()).add(new Hop(r.fromId(), r.toId(), r, true));
            adjacency.computeIfAbsent(r.toId(), k -> new ArrayList<>()).add(new Hop(r.toId(), r.fromId(), r, false));
        }
    }

    /** The best route from each source that can reach the target, cheapest first, at most {@code limit}. */
    public List<Path> toTarget(long targetId, Collection<Long> sources, int limit) {
        Map<Long, Integer> dist = new HashMap<>();
        Map<Long, Hop> next = new HashMap<>();
        PriorityQueue<long[]> queue = new PriorityQueue<>(Comparator.comparingLong((long[] e) -> e[1]));
        dist.put(targetId, 0);
        queue.add(new long[] {targetId, 0});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            long node = head[0];
            if (head[1] > dist.get(node)) {
                continue;
            }
            for (Hop out : adjacency.getOrDefault(node, List.of())) {
                // Walking back from the target: the route goes neighbour → node.
                long neighbour = out.toId();
                int cost = (int) head[1] + hopCost(out.relationship(), node);
                if (cost < dist.getOrDefault(neighbour, Integer.MAX_VALUE)) {
                    dist.put(neighbour, cost);
                    next.put(neighbour, new Hop(neighbour, node, out.relationship(), !out.forward()));
                    queue.add(new long[] {neighbour, cost});
                }
            }
        }
        List<Path> paths = new ArrayList<>();
        for (long source : sources) {
            if (source == targetId || !dist.containsKey(source)) {
                continue;
            }
            List<Hop> hops = new ArrayList<>();
            for (long at = source; at != targetId; at = next.get(at).toId()) {
                hops.add(next.get(at));
            }
            paths.add(new Path(source, targetId, List.copyOf(hops), dist.get(source)));
        }
        paths.sort(Comparator.comparingInt(Path::cost).thenComparingInt(p -> p.hops().size())
                .thenComparingLong(Path::sourceId));
        return paths.size() > limit ? List.copyOf(paths.subList(0, limit)) : List.copyOf(paths);
    }

    /** Everyone some source can reach through current relationships, the sources included. */
    public Set<Long> reachableFrom(Collection<Long> sources) {
        Set<Long> seen = new HashSet<>(sources);
        Deque<Long> todo = new ArrayDeque<>(sources);
        while (!todo.isEmpty()) {
            for (Hop hop : adjacency.getOrDefault(todo.poll(), List.of())) {
                if (seen.add(hop.toId())) {
                    todo.add(hop.toId());
                }
            }
        }
        return seen;
    }

    int hopCost(Relationship r, long reached) {
        return 6 - r.strength() + stalePenalty(reached);
    }

    private int stalePenalty(long stakeholderId) {
        LocalDate last = lastContact.get(stakeholderId);
        if (last == null) {
            return 3;
        }
        long days = ChronoUnit.DAYS.between(last, today);
        return days <= 30 ? 0 : days <= 180 ? 1 : days <= 365 ? 2 : 3;
    }
}
