package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    void demoLoadsOnceAndPrintsAWorkingTokenPerRoleEachRun() {
        ConnectionSettings db = TestPostgres.freshDatabase();
        CliRun cli = new CliRun(db, home.toString());

        CliRun.Result first = cli.run("demo", "--no-serve");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("Demo data loaded: caf-cog-2023").contains("Demo data loaded: france-travail-2024");
        List<String> firstTokens = tokens(first.out());
        assertThat(firstTokens).hasSize(3);

        CliRun.Result second = cli.run("demo", "--no-serve");
        assertThat(second.out()).contains("Demo data already present: caf-cog-2023");
        List<String> secondTokens = tokens(second.out());

        try (Tracker tracker = Tracker.connect(db)) {
            assertThat(tracker.campaigns().list()).hasSize(2);
            assertThat(secondTokens).allSatisfy(t -> assertThat(tracker.tokens().authenticate(t)).isPresent());
            assertThat(firstTokens).allSatisfy(t -> assertThat(tracker.tokens().authenticate(t)).isEmpty());
            assertThat(tracker.tokens().list(null).stream().filter(t -> t.revokedAt() == null).map(ApiToken::role))
                    .hasSize(3).doesNotHaveDuplicates();
            assertThat(tracker.tokens().list(null).stream().filter(t -> t.revokedAt() == null).map(ApiToken::owner))
                    .containsExactlyInAnyOrder("Secours catholique", "Chargée de plaidoyer VoxPublic", "Valérie");
        }
        // demo makes the reference campaign the current one
        assertThat(cli.run("campaign", "show", "--json").out()).contains("\"slug\" : \"caf-cog-2023\"");
    }

    private static List<String> tokens(String out) {
        return out.lines().map(String::strip).filter(l -> l.matches("(partner|adviser|coordinator) +ct_\\S+"))
                .map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
    }
}
