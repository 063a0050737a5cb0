package org.campaigntracker.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' data set ({@code bench/data/generate.sql}) loads on the current schema: it writes rows with the
 * triggers off, so a new column or rule the script does not know about would only show when a benchmark runs on a
 * new machine. Loaded here with one campaign instead of 100, as psql would run it, minus psql's own commands.
 */
class BenchDataSetTest {

    private static final Path SCRIPT = Path.of("..", "bench", "data", "generate.sql");

    @Test
    void oneCampaignOfTheBenchmarkDataSetLoadsAndServes() throws IOException, SQLException {
        String sql = Files.readAllLines(SCRIPT).stream()
                .filter(line -> !line.strip().startsWith("\\"))
                .collect(Collectors.joining("\n"))
                .replace(":campaigns", "1");
        ConnectionSettings db = TestPostgres.freshDatabase();
        try (Connection c = db.open(); Statement st = c.createStatement()) {
            st.execute(sql);
        }

        Tracker tracker = Tracker.over(db.simpleDataSource());
        assertThat(tracker.dsl().fetchCount(tracker.dsl().selectFrom("interaction"))).isEqualTo(10_000);
        assertThat(tracker.dsl().fetchCount(tracker.dsl().selectFrom("stakeholder"))).isEqualTo(1_000);
        // Every link carries its interaction's date, as the triggers of changeset 0027 would have written it.
        assertThat(tracker.dsl().fetchCount(tracker.dsl().selectFrom(
                "interaction_demand l join interaction i on i.id = l.interaction_id "
                        + "where l.occurred_on is distinct from i.occurred_on"))).isZero();
        assertThat(tracker.tokens().authenticate("ct_B00000000001_" + "s".repeat(43)))
                .hasValueSatisfying(caller -> assertThat(caller.role()).isEqualTo(Role.PARTNER));
        long campaign = tracker.campaigns().get("bench-001").id();
        assertThat(tracker.progress().progress(campaign).themes()).hasSize(5);
    }
}
