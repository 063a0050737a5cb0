package org.campaigntracker.core.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.junit.jupiter.api.Test;

class InfluencePathsTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 1, 29);
    // 1 Secours catholique, 2 Médiateur national, 3 Nicolas Grivel (CNAF), 4 ATD Quart Monde, 5 CNAF, 6 Changer de Cap
    private static final Map<Long, String> LABELS = Map.of(1L, "Secours catholique", 2L, "Médiateur national",
            3L, "Nicolas Grivel (CNAF)", 4L, "ATD Quart Monde", 5L, "CNAF", 6L, "Changer de Cap");

    private static Relationship rel(long id, long from, RelationshipType type, long to, int strength, LocalDate until) {
        return new Relationship(id, 1, from, to, type, strength, null, until, null, null, 1);
    }

    @Test
    void strongerAndFresherRoutesWinAndAreExplained() {
        List<Relationship> map = List.of(
                rel(1, 1, RelationshipType.knows, 2, 4, null),          // Secours catholique knows the mediator
                rel(2, 2, RelationshipType.reports_to, 3, 5, null),     // mediator reports to the DG
                rel(3, 4, RelationshipType.knows, 5, 2, null),          // ATD knows the CNAF (weakly)
                rel(4, 3, RelationshipType.works_for, 5, 5, null));     // DG works for the CNAF
        Map<Long, LocalDate> contacts = Map.of(2L, TODAY.minusDays(12), 3L, TODAY.minusDays(12));
        List<InfluencePaths.Path> paths = new InfluencePaths(map, contacts, TODAY).toTarget(3, List.of(1L, 4L, 6L), 5);

        assertThat(paths).extracting(InfluencePaths.Path::sourceId).containsExactly(1L, 4L);
        InfluencePaths.Path best = paths.get(0);
        assertThat(best.hops()).extracting(InfluencePaths.Hop::toId).containsExactly(2L, 3L);
        // (6 − 4) + 0 (mediator met 12 days ago) + (6 − 5) + 0 (DG met 12 days ago)
        assertThat(best.cost()).isEqualTo(3);
        assertThat(PathExplanation.explain(best, LABELS, contacts, TODAY, Locale.ENGLISH)).isEqualTo(
                "Secours catholique → knows → Médiateur national → reports to → Nicolas Grivel (CNAF); "
                        + "last contact with Médiateur national: 12 days ago");
        // ATD reaches the DG through the CNAF, walking "DG works for CNAF" backwards.
        assertThat(PathExplanation.explain(paths.get(1), LABELS, contacts, TODAY, Locale.FRENCH)).isEqualTo(
                "ATD Quart Monde → connaît → CNAF ← travaille pour ← Nicolas Grivel (CNAF); CNAF jamais contacté·e");
    }

    @Test
    void endedRelationshipsAreNotRoutes() {
        List<Relationship> map = List.of(rel(1, 1, RelationshipType.knows, 3, 5, TODAY.minusDays(1)));
        assertThat(new InfluencePaths(map, Map.of(), TODAY).toTarget(3, List.of(1L), 3)).isEmpty();
    }

    @Test
    void aStaleContactMakesAnOtherwiseEqualRouteWorse() {
        List<Relationship> map = List.of(
                rel(1, 1, RelationshipType.knows, 2, 3, null), rel(2, 2, RelationshipType.knows, 3, 3, null),
                rel(3, 4, RelationshipType.knows, 5, 3, null), rel(4, 5, RelationshipType.knows, 3, 3, null));
        Map<Long, LocalDate> contacts = Map.of(2L, TODAY.minusDays(400), 5L, TODAY.minusDays(3), 3L, TODAY);
        List<InfluencePaths.Path> paths = new InfluencePaths(map, contacts, TODAY).toTarget(3, List.of(1L, 4L), 1);
        assertThat(paths).singleElement().extracting(InfluencePaths.Path::sourceId).isEqualTo(4L);
    }

    @Test
    void reachIgnoresDirectionButNotEndedTies() {
        List<Relationship> map = List.of(rel(1, 2, RelationshipType.reports_to, 1, 3, null),
                rel(2, 2, RelationshipType.knows, 3, 3, null), rel(3, 1, RelationshipType.knows, 4, 3, TODAY.minusDays(1)));
        assertThat(new InfluencePaths(map, Map.of(), TODAY).reachableFrom(List.of(1L)))
                .containsExactlyInAnyOrder(1L, 2L, 3L);
    }
}
