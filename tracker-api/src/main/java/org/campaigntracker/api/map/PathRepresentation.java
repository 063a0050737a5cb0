package org.campaigntracker.api.map;

import java.util.List;
import java.util.function.LongFunction;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.map.InfluencePaths;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.Stakeholder;

/** One route from our side to the target: its steps, cost (lower is better) and the sentence that explains it. */
public record PathRepresentation(long sourceId, String source, long targetId, int cost, String explanation,
                                 List<HopJson> hops) {

    /** A step; {@code forward} false when the relationship is walked against its direction. */
    public record HopJson(long from, long to, long relationshipId, String type, int strength, boolean forward) {
    }

    static PathRepresentation from(MapService.ExplainedPath p) {
        InfluencePaths.Path path = p.path();
        return new PathRepresentation(path.sourceId(), p.source().label(), path.targetId(), path.cost(),
                p.explanation(), path.hops().stream().map(h -> new HopJson(h.fromId(), h.toId(),
                        h.relationship().id(), Wire.code(h.relationship().type()), h.relationship().strength(),
                        h.forward())).toList());
    }

    /**
     * An answer as core's route: the wire names the source and each hop's relationship by id, and core's record holds
     * them whole, so the caller hands them over (read from their own routes).
     */
    public MapService.ExplainedPath toDomain(Stakeholder sourceStakeholder, LongFunction<Relationship> relationship) {
        return new MapService.ExplainedPath(new InfluencePaths.Path(sourceId, targetId, hops.stream()
                .map(h -> new InfluencePaths.Hop(h.from(), h.to(), relationship.apply(h.relationshipId()),
                        h.forward())).toList(), cost), sourceStakeholder, explanation);
    }
}
