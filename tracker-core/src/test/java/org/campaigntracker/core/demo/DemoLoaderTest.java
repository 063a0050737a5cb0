package org.campaigntracker.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.Testimony;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoLoaderTest {

    private static Tracker tracker;
    private static DemoLoader.Result first;

    @BeforeAll
    static void load() {
        tracker = TestTracker.fresh();
        first = DemoLoader.load(tracker);
    }

    @Test
    void loadingTwiceDuplicatesNothing() {
        Map<String, Long> before = rowCounts();
        DemoLoader.Result second = DemoLoader.load(tracker);
        assertThat(first.created()).containsExactly("caf-cog-2023", "france-travail-2024");
        assertThat(second.created()).isEmpty();
        assertThat(second.campaigns()).extracting(Campaign::slug).containsExactly("caf-cog-2023", "france-travail-2024");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(before).allSatisfy((table, count) -> assertThat(count).as(table).isPositive());
    }

    @Test
    void holdsTheReferenceCampaign() {
        long caf = tracker.campaigns().get("caf-cog-2023").id();
        assertThat(tracker.demands().themes(caf)).hasSize(6);
        assertThat(tracker.demands().findDemand(caf, "1.2").title()).startsWith("Motiver et notifier");
        Stakeholder grivel = tracker.stakeholders().find(caf, "grivel");
        assertThat(grivel.label()).isEqualTo("Nicolas Grivel (CNAF)");
        assertThat(tracker.stakeholders().find(caf, "defenseur").name()).isEqualTo("Défenseur des droits");

        var meetings = tracker.interactions().list(caf, InteractionFilter.all().withStakeholder(grivel.id()),
                Page.first(50));
        assertThat(meetings).anySatisfy(i -> {
            assertThat(i.occurredOn()).isEqualTo(LocalDate.of(2023, 1, 17));
            assertThat(i.outcome()).contains("confirmation écrite");
        });
        assertThat(tracker.commitments().overdue(caf, LocalDate.of(2023, 4, 1)))
                .anySatisfy(c -> assertThat(c.confirmationRequestedOn()).isEqualTo(LocalDate.of(2023, 1, 24)));
    }

    @Test
    void testimoniesAreUsableOnlyAsTheirConsentAllows() {
        long caf = tracker.campaigns().get("caf-cog-2023").id();
        assertThat(tracker.testimonies().usableFor(caf, ConsentUse.BRIEFING, LocalDate.of(2023, 1, 10)))
                .extracting(Testimony::pseudonym).containsExactlyInAnyOrder("Isabelle", "Valentin");
        assertThat(tracker.testimonies().usableFor(caf, ConsentUse.BRIEFING, LocalDate.of(2023, 9, 1)))
                .extracting(Testimony::pseudonym).containsExactly("Isabelle");
        assertThat(tracker.testimonies().usableFor(caf, ConsentUse.PRESS, LocalDate.of(2023, 9, 1)))
                .extracting(Testimony::pseudonym).containsExactly("Valentin");
    }

    private static Map<String, Long> rowCounts() {
        List<String> tables = tracker.dsl().fetchValues("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename not in ('databasechangelog', 'databasechangeloglock', 'schema_stamp', 'api_token', "
                + "'idempotent_request', 'theme_revision', 'demand_revision', 'stakeholder_revision') "
                + "order by tablename").stream().map(Object::toString).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, ((Number) tracker.dsl().fetchValue("select count(*) from " + table)).longValue());
        }
        return counts;
    }
}
