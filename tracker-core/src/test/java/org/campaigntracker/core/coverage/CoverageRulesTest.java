package org.campaigntracker.core.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressTone;
import org.junit.jupiter.api.Test;

class CoverageRulesTest {

    private static final List<Theme> THEMES = List.of(new Theme(10, 1, "1", 1, "Theme", null, null, 1));
    private static final List<Demand> DEMANDS = List.of(new Demand(11, 1, 10, "1.1", "A", null, null, 1),
            new Demand(12, 1, 10, "1.2", "B", null, null, 1));

    @Test
    void countsItemsPerMonthOutletToneReachAndQuotesPerThemeAndDemand() {
        List<PressItem> items = List.of(
                item(1, "Le Monde", LocalDate.of(2023, 1, 5), 1000L, PressTone.FAVOURABLE, List.of(11L), List.of(7L)),
                item(2, "Mediapart", LocalDate.of(2023, 3, 9), null, PressTone.NEUTRAL, List.of(11L, 12L), List.of(7L, 8L)),
                item(3, "Le Monde", LocalDate.of(2023, 3, 20), 500L, PressTone.FAVOURABLE, List.of(), List.of()));
        CoverageReport r = CoverageRules.report(THEMES, DEMANDS, items, Map.of(7L, "Grivel", 8L, "Bergé"));
        Coverage total = r.total();
        assertThat(total.items()).isEqualTo(3);
        assertThat(total.byMonth()).containsExactly(Map.entry("2023-01", 1), Map.entry("2023-02", 0),
                Map.entry("2023-03", 2));
        assertThat(total.outlets()).containsExactly(Map.entry("Le Monde", 2), Map.entry("Mediapart", 1));
        assertThat(total.reach()).isEqualTo(1500);
        assertThat(total.reachUnknown()).isEqualTo(1);
        assertThat(total.tones()).containsExactly(Map.entry("favourable", 2), Map.entry("neutral", 1));
        assertThat(total.quoted()).containsExactly(Map.entry("Grivel", 2), Map.entry("Bergé", 1));
        assertThat(r.themes()).singleElement().satisfies(t -> assertThat(t.items()).isEqualTo(3));
        assertThat(r.demands()).extracting(Coverage::code, Coverage::items)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1.1", 2), org.assertj.core.groups.Tuple.tuple("1.2", 1));
        assertThat(r.demands().get(1).byMonth()).containsExactly(Map.entry("2023-03", 1));
        assertThat(r.demands()).allSatisfy(d -> assertThat(d.themeCode()).isEqualTo("1"));
    }

    @Test
    void theDemoCoverageNamesTheQuotedCoalitionAndTheOutlets() {
        Tracker tracker = TestTracker.fresh();
        DemoLoader.load(tracker);
        long caf = tracker.campaigns().get("caf-cog-2023").id();
        CoverageReport r = tracker.coverage().report(caf);
        assertThat(r.total().items()).isEqualTo(6);
        assertThat(r.total().quoted()).containsEntry("Changer de Cap", 3);
        assertThat(r.demands()).filteredOn(c -> c.code().equals("1.1")).singleElement()
                .satisfies(c -> assertThat(c.outlets()).containsOnlyKeys("Radio France", "France Inter"));
    }

    @Test
    void itemsYearsApartCountOnlyWithinTheLatestTenYearsAndTheReportSaysHowManyWereLeftOut() {
        List<PressItem> items = List.of(
                item(1, "Typo", LocalDate.of(1900, 1, 1), null, PressTone.NEUTRAL, List.of(), List.of()),
                item(2, "Le Monde", LocalDate.of(2023, 1, 5), null, PressTone.NEUTRAL, List.of(), List.of()),
                item(3, "Typo", LocalDate.of(2100, 12, 31), null, PressTone.NEUTRAL, List.of(), List.of()));
        CoverageReport r = CoverageRules.report(THEMES, DEMANDS, items, Map.of());
        assertThat(r.window()).isEqualTo(new CoverageWindow(LocalDate.of(2091, 1, 1), LocalDate.of(2100, 12, 31),
                10, 2));
        assertThat(r.total().items()).isEqualTo(1);
        assertThat(r.total().byMonth()).containsOnlyKeys("2100-12");

        CoverageReport asked = CoverageRules.report(THEMES, DEMANDS, items, Map.of(), LocalDate.of(2020, 1, 1), null);
        assertThat(asked.window()).isEqualTo(new CoverageWindow(LocalDate.of(2020, 1, 1), LocalDate.of(2029, 12, 31),
                10, 2));
        assertThat(asked.total().byMonth()).containsExactly(Map.entry("2023-01", 1));

        CoverageReport before = CoverageRules.report(THEMES, DEMANDS, items, Map.of(), null, LocalDate.of(2023, 6, 1));
        assertThat(before.window().from()).isEqualTo(LocalDate.of(2013, 6, 2));
        assertThat(before.total().items()).isEqualTo(1);
    }

    @Test
    void theWindowIsAtMostTenYearsAndItsDatesWithinTheCampaignRange() {
        assertThatThrownBy(() -> CoverageRules.report(THEMES, DEMANDS, List.of(), Map.of(), LocalDate.of(2013, 1, 1),
                LocalDate.of(2023, 1, 1))).isInstanceOf(InvalidInputException.class)
                .hasMessage("to must be less than 10 years after from");
        assertThatThrownBy(() -> CoverageRules.report(THEMES, DEMANDS, List.of(), Map.of(), LocalDate.of(1, 1, 1),
                null)).hasMessage("from must be between 1900-01-01 and 2100-12-31");
        CoverageReport none = CoverageRules.report(THEMES, DEMANDS, List.of(), Map.of());
        assertThat(none.window()).isEqualTo(new CoverageWindow(null, null, 10, 0));
        assertThat(none.total().byMonth()).isEmpty();
    }

    @Test
    void outletsAndQuotedPeopleAreRankedAndCutAtFiftyWithTheirCountKept() {
        List<PressItem> items = java.util.stream.LongStream.rangeClosed(1, 80).mapToObj(i -> item(i, "Outlet " + i,
                LocalDate.of(2023, 1, 5), null, PressTone.NEUTRAL, List.of(), List.of(i))).toList();
        Coverage total = CoverageRules.report(THEMES, DEMANDS, items, Map.of()).total();
        assertThat(total.outlets()).hasSize(Coverage.MAX_NAMED);
        assertThat(total.outletCount()).isEqualTo(80);
        assertThat(total.quoted()).hasSize(Coverage.MAX_NAMED);
        assertThat(total.quotedCount()).isEqualTo(80);
    }

    private static PressItem item(long id, String outlet, LocalDate on, Long reach, PressTone tone, List<Long> demands,
                                  List<Long> quoted) {
        return new PressItem(id, 1, outlet, PressMedium.WEB, on, "t" + id, null, null, reach, tone, null, List.of(10L),
                demands, quoted, List.of(), null, null, 1);
    }
}
