package org.campaigntracker.api.map;

import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.map.InfluencePaths;
import org.campaigntracker.core.map.MapService;

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
}
