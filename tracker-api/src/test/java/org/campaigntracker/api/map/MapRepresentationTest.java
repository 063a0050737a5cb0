package org.campaigntracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.campaigntracker.core.map.StakeholderMap;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.junit.jupiter.api.Test;

/** The map's answer is capped: the most powerful stakeholders, the strongest links between them, and it says so. */
class MapRepresentationTest {

    @Test
    void pastTheCapTheMostPowerfulNodesAndStrongestEdgesAreKeptAndTheAnswerSaysItWasCut() {
        List<StakeholderMap.Node> nodes = LongStream.rangeClosed(1, 6).mapToObj(id -> new StakeholderMap.Node(id,
                StakeholderKind.person, "P" + id, null, null, null, StakeholderCategory.direct_target,
                (int) (id % 5) + 1, 0, 0, null, true, 0, List.of(), null, null)).toList();
        List<StakeholderMap.Edge> edges = List.of(edge(1, 4, 3, 1), edge(2, 4, 3, 5), edge(3, 3, 2, 4),
                edge(4, 1, 4, 5));
        StakeholderMap map = new StakeholderMap(LocalDate.of(2023, 1, 17), 90, nodes, edges,
                new StakeholderMap.Gaps(4, List.of(), List.of(), List.of()));

        MapRepresentation cut = MapRepresentation.from(map, 3, 1);
        // Powers: 1→2, 2→3, 3→4, 4→5, 5→1, 6→2. The three most powerful are 4, 3, 2, in the map's own order.
        assertThat(cut.nodes()).extracting(MapRepresentation.NodeJson::id).containsExactly(2L, 3L, 4L);
        assertThat(cut.edges()).extracting(MapRepresentation.EdgeJson::id).containsExactly(2L);
        assertThat(cut.limits()).isEqualTo(new MapRepresentation.LimitsJson(3, 1, 6, 4, true));

        MapRepresentation whole = MapRepresentation.from(map);
        assertThat(whole.nodes()).hasSize(6);
        assertThat(whole.edges()).hasSize(4);
        assertThat(whole.limits().truncated()).isFalse();
    }

    private static StakeholderMap.Edge edge(long id, long from, long to, int strength) {
        return new StakeholderMap.Edge(id, from, to, RelationshipType.knows, strength, null, null, true);
    }
}
