package org.campaigntracker.cli.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    @TempDir
    Path home;

    private CliRun cli;
    private ConnectionSettings db;

    @BeforeEach
    void setUp() {
        db = TestPostgres.freshDatabase();
        cli = new CliRun(db, home.toString());
        cli.run("campaign", "create", "caf-2023", "--name", "CAF");
        cli.run("campaign", "create", "france-travail", "--name", "France Travail");
    }

    @Test
    void aCreatedTokenIsTheLastLineAndAuthenticatesWithItsRole() {
        CliRun.Result created = cli.run("token", "create", "--campaign", "caf-2023", "--role", "partner", "--label",
                "Secours catholique", "--expires", "90d");
        assertThat(created.exitCode()).isZero();
        List<String> lines = created.out().lines().toList();
        assertThat(lines.get(0)).contains("partner of caf-2023");
        String token = lines.get(lines.size() - 1);
        try (Tracker tracker = Tracker.connect(db)) {
            assertThat(tracker.tokens().authenticate(token)).get()
                    .satisfies(c -> assertThat(c.role()).isEqualTo(Role.PARTNER))
                    .satisfies(c -> assertThat(c.campaignSlug()).isEqualTo("caf-2023"));
        }
        assertThat(cli.run("token", "list", "--campaign", "caf-2023", "--csv").out())
                .contains("partner,,Secours catholique,").doesNotContain(token);
        assertThat(cli.run("token", "list", "--campaign", "france-travail", "--csv").out().lines()).hasSize(1);
    }

    @Test
    void expiresInIsAnotherNameForExpires() {
        CliRun.Result created = cli.run("token", "create", "--campaign", "caf-2023", "--role", "adviser", "--label",
                "VoxPublic", "--expires-in", "2d");
        assertThat(created.exitCode()).as(created.err()).isZero();
        try (Tracker tracker = Tracker.connect(db)) {
            var token = tracker.tokens().list((Long) null).get(0);
            assertThat(java.time.Duration.between(token.createdAt(), token.expiresAt()))
                    .isEqualTo(java.time.Duration.ofDays(2));
        }
    }

    @Test
    void aRevokedTokenStopsWorkingAndAnotherCampaignsTokenCannotBeRevoked() {
        String token = last(cli.run("token", "create", "--campaign", "caf-2023", "--role", "adviser", "--label", "x"));
        CliRun.Result elsewhere = cli.run("token", "revoke", "1", "--campaign", "france-travail");
        assertThat(elsewhere.exitCode()).isNotZero();
        assertThat(cli.run("token", "revoke", "1", "--campaign", "caf-2023").exitCode()).isZero();
        try (Tracker tracker = Tracker.connect(db)) {
            assertThat(tracker.tokens().authenticate(token)).isEmpty();
        }
    }

    @Test
    void badInputIsOneLineAndCreatesNothing() {
        CliRun.Result role = cli.run("token", "create", "--campaign", "caf-2023", "--role", "boss", "--label", "x");
        assertThat(role.exitCode()).isNotZero();
        assertThat(role.err().strip().lines()).hasSize(1);
        assertThat(role.err()).contains("partner, adviser, coordinator");
        CliRun.Result expiry = cli.run("token", "create", "--campaign", "caf-2023", "--role", "partner", "--label",
                "x", "--expires", "soon");
        assertThat(expiry.exitCode()).isNotZero();
        assertThat(expiry.err().strip().lines()).hasSize(1);
        assertThat(cli.run("token", "list", "--campaign", "caf-2023", "--csv").out().lines()).hasSize(1);
    }

    @Test
    void frenchMessages() {
        CliRun.Result created = cli.run("token", "create", "--campaign", "caf-2023", "--role", "partner", "--label",
                "ATD", "--lang", "fr");
        assertThat(created.out()).contains("Jeton 1 créé");
    }

    private static String last(CliRun.Result r) {
        List<String> lines = r.out().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
