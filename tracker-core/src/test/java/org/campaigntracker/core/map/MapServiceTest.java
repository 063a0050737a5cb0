package org.campaigntracker.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.NotFoundException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MapServiceTest {

    private static Tracker tracker;
    private static MapFixture f;
    private static MapService maps;

    @BeforeAll
    static void fixture() {
        tracker = TestTracker.fresh();
        f = new MapFixture(tracker, "caf-map");
        maps = tracker.maps();
    }

    @Test
    void theMapHoldsEveryStakeholderAndRelationshipWithEngagementAndThemes() {
        StakeholderMap map = maps.map(f.campaign, MapFixture.TODAY, 90, 4);

        assertThat(map.nodes()).hasSize(tracker.stakeholders().list(f.campaign).size()).hasSize(5);
        assertThat(map.edges()).hasSize(4);
        StakeholderMap.Node grivel = node(map, f.grivel);
        assertThat(grivel.engagement()).isEqualTo(1);
        assertThat(grivel.lastContact()).isEqualTo(MapFixture.TODAY.minusDays(12));
        assertThat(grivel.faded()).isFalse();
        assertThat(grivel.themeIds()).containsExactly(f.theme);
        assertThat(grivel.influence()).isEqualTo(10);        // reports_to 5 + works_for 5
        assertThat(grivel.label()).isEqualTo("Nicolas Grivel (CNAF)");
        assertThat(node(map, f.ministry).faded()).isTrue();
        assertThat(node(map, f.ministry).influence()).isZero(); // its only tie has ended
        assertThat(map.edges()).filteredOn(e -> !e.active()).singleElement()
                .satisfies(e -> assertThat(e.toId()).isEqualTo(f.ministry));
    }

    @Test
    void gapsNameTheForgottenTheUnreachableAndTheUnsupported() {
        StakeholderMap.Gaps gaps = maps.map(f.campaign, MapFixture.TODAY, 90, 4).gaps();

        // CNAF and the ministry are power 5 and never met; the DG was met 12 days ago.
        assertThat(gaps.notContacted()).extracting(StakeholderMap.StaleTarget::stakeholderId)
                .containsExactly(f.cnaf, f.ministry);
        assertThat(gaps.unreachable()).containsExactly(f.ministry);
        assertThat(gaps.unsupportedDemands()).extracting(StakeholderMap.OrphanDemand::demandId)
                .containsExactly(f.demand12);
        // With a 10-day horizon, the DG met 12 days ago is a gap too.
        assertThat(maps.map(f.campaign, MapFixture.TODAY, 10, 5).gaps().notContacted())
                .extracting(StakeholderMap.StaleTarget::stakeholderId).contains(f.grivel);
    }

    @Test
    void pathsAreExplainedInWords() {
        assertThat(maps.pathsTo(f.campaign, f.grivel, MapFixture.TODAY, 3, Locale.ENGLISH))
                .singleElement().satisfies(p -> assertThat(p.explanation()).isEqualTo(
                        "Secours catholique → knows → Médiateur national (CNAF) → reports to → Nicolas Grivel (CNAF); "
                                + "last contact with Médiateur national (CNAF): 12 days ago"));
        assertThat(maps.pathsTo(f.campaign, f.ministry, MapFixture.TODAY, 3, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theCardGathersHistoryInteractionsCommitmentsAndPositions() {
        StakeholderCard card = maps.card(f.campaign, f.grivel, 5);

        assertThat(card.stakeholder().name()).isEqualTo("Nicolas Grivel");
        assertThat(card.lastInteractions()).extracting(i -> i.title()).containsExactly("Rencontre avec le médiateur");
        assertThat(card.commitments()).extracting(c -> c.description()).containsExactly("Répondre par écrit");
        assertThat(card.positions()).hasSize(2).anySatisfy(p -> {
            assertThat(p.demand().id()).isEqualTo(f.demand11);
            assertThat(p.current().level().name()).isEqualTo("supportive");
        }).anySatisfy(p -> assertThat(p.current()).isNull());
    }

    @Test
    void badSettingsAndUnknownStakeholdersAreRefused() {
        assertThatThrownBy(() -> maps.map(f.campaign, MapFixture.TODAY, 0, 9))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> maps.card(f.campaign, 999_999, 5)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> maps.pathsTo(f.campaign, 999_999, MapFixture.TODAY, 3, Locale.ENGLISH))
                .isInstanceOf(NotFoundException.class);
    }

    private static StakeholderMap.Node node(StakeholderMap map, long id) {
        return map.nodes().stream().filter(n -> n.id() == id).findFirst().orElseThrow();
    }
}
