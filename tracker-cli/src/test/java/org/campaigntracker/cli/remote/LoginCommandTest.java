package org.campaigntracker.cli.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.campaigntracker.cli.CliRun;
import org.campaigntracker.cli.ExitCode;
import org.campaigntracker.cli.RemoteServer;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tracker login|logout}, and what a saved login, a refused token or an absent server do to later commands. */
class LoginCommandTest {

    @TempDir
    Path serverHome;

    @TempDir
    Path home;

    private RemoteServer server;
    private String token;

    @BeforeEach
    void setUp() {
        ConnectionSettings db = TestPostgres.freshDatabase();
        CliRun admin = new CliRun(db, serverHome.toString());
        assertThat(admin.run("campaign", "create", "caf-2023", "--name", "Algorithmes CAF").exitCode()).isZero();
        assertThat(admin.run("stakeholder", "add", "CNAF", "--organisation").exitCode()).isZero();
        server = RemoteServer.start(db);
        token = server.token("caf-2023", Role.COORDINATOR);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    /** A CLI with a home and nothing else: no database settings, no data key, no server in the environment. */
    private CliRun bare() {
        CliRun cli = CliRun.remote("", "", home.toString());
        return cli.env("TRACKER_URL", "").env("TRACKER_TOKEN", "");
    }

    @Test
    void aGoodTokenIsSavedOwnerOnlyAndLaterCommandsGoToTheServer() throws Exception {
        CliRun.Result login = bare().run("login", server.url() + "/", "--token", token);
        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(login.out()).contains("Logged in to " + server.url() + " for “Algorithmes CAF” (role: coordinator)");
        Path saved = home.resolve("remote.properties");
        assertThat(Files.getPosixFilePermissions(saved))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        // No database settings at all: this reads the server's stakeholder.
        assertThat(bare().run("stakeholder", "list", "--csv").out()).contains("CNAF");

        // Readable by others, the saved token is refused rather than used.
        Files.setPosixFilePermissions(saved, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        CliRun.Result open = bare().run("stakeholder", "list", "--csv");
        assertThat(open.exitCode()).isEqualTo(ExitCode.DATA_KEY);
        assertThat(open.err().strip()).doesNotContain("\n").contains("chmod 600");
        Files.setPosixFilePermissions(saved, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        CliRun.Result logout = bare().run("logout");
        assertThat(logout.out()).contains("Logged out");
        assertThat(saved).doesNotExist();
        assertThat(bare().run("logout").out()).contains("No saved login");
    }

    @Test
    void aTokenFromThePromptStdinOrTheEnvironmentWorksAlike() {
        CliRun.Result login = bare().input(token + "\n").run("login", server.url());
        assertThat(login.exitCode()).as(login.err()).isZero();
        assertThat(home.resolve("remote.properties")).exists();
        assertThat(bare().run("logout").exitCode()).isZero();

        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream((token + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            CliRun.Result piped = bare().run("login", server.url(), "--token-stdin");
            assertThat(piped.exitCode()).as(piped.err()).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(home.resolve("remote.properties")).exists();
        CliRun env = CliRun.remote(server.url(), token, home.resolve("other").toString());
        assertThat(env.run("stakeholder", "list", "--csv").out()).contains("CNAF");
    }

    @Test
    void aRefusedTokenSavesNothingAndSaysHowToLogInAgain() {
        CliRun.Result login = bare().run("login", server.url(), "--token",
                "ct_aaaaaaaaaaaa_" + "a".repeat(43));
        assertThat(login.exitCode()).isEqualTo(ExitCode.NOT_LOGGED_IN);
        assertThat(login.err().strip()).doesNotContain("\n").contains("refused your token")
                .contains("tracker login " + server.url());
        assertThat(home.resolve("remote.properties")).doesNotExist();

        CliRun revoked = CliRun.remote(server.url(), "ct_bbbbbbbbbbbb_" + "b".repeat(43), home.toString());
        CliRun.Result r = revoked.run("meeting", "list");
        assertThat(r.exitCode()).isEqualTo(ExitCode.NOT_LOGGED_IN);
        assertThat(r.err().strip()).doesNotContain("\n").contains("expired or revoked");
    }

    @Test
    void aServerAnsweringFromAnotherAddressIsNotFollowedWithTheToken() throws Exception {
        // What the nginx example does to plain http: 301 to https.
        com.sun.net.httpserver.HttpServer redirecting = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicInteger withToken = new java.util.concurrent.atomic.AtomicInteger();
        redirecting.createContext("/", exchange -> {
            if (exchange.getRequestHeaders().containsKey("Authorization")) {
                withToken.incrementAndGet();
            }
            exchange.getResponseHeaders().add("Location", "https://tracker.example.org" + exchange.getRequestURI());
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        redirecting.start();
        try {
            String url = "http://127.0.0.1:" + redirecting.getAddress().getPort();
            CliRun.Result r = CliRun.remote(url, token, home.toString()).run("stakeholder", "list");
            assertThat(r.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
            assertThat(r.err().strip()).doesNotContain("\n")
                    .contains("tracker login https://tracker.example.org");
            assertThat(withToken.get()).as("requests to the first address only").isEqualTo(1);
        } finally {
            redirecting.stop(0);
        }
    }

    @Test
    void anAbsentServerOrABadAddressIsOneLine() {
        CliRun.Result down = bare().run("login", "http://127.0.0.1:1", "--token", token);
        assertThat(down.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(down.err().strip()).doesNotContain("\n").contains("cannot be reached");
        for (String bad : new String[] {"ftp://example.org", "https://user:pw@example.org", "example.org",
                "https://example.org/?token=x"}) {
            CliRun.Result r = bare().run("login", bad, "--token", token);
            assertThat(r.exitCode()).as(bad).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(r.err().strip()).as(bad).doesNotContain("\n");
        }
        CliRun.Result none = bare().run("login", server.url());
        assertThat(none.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(home.resolve("remote.properties")).doesNotExist();

        CliRun.Result unreachable = CliRun.remote("http://127.0.0.1:1", token, home.toString()).run("meeting", "list");
        assertThat(unreachable.exitCode()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
        assertThat(unreachable.err().strip()).doesNotContain("\n");
    }

    @Test
    void manyCommandsInOneJvmStayWithinTheServersConnectionsPerAddress() {
        // The resident helper runs command after command in one JVM; the server takes 64 connections per address.
        CliRun cli = CliRun.remote(server.url(), token, home.toString());
        for (int i = 0; i < 100; i++) {
            CliRun.Result r = cli.run("stakeholder", "list", "--csv");
            assertThat(r.exitCode()).as("command %d: %s", i, r.err()).isZero();
        }
    }

    @Test
    void aRoleThatMayNotIsRefusedInOneLineAndAPartnerCannotUseTheCli() {
        CliRun adviser = CliRun.remote(server.url(), server.token("caf-2023", Role.ADVISER), home.toString());
        assertThat(adviser.run("stakeholder", "list", "--csv").out()).contains("CNAF");
        CliRun.Result write = adviser.run("stakeholder", "add", "Défenseur des droits", "--organisation");
        assertThat(write.exitCode()).isEqualTo(ExitCode.FORBIDDEN);
        assertThat(write.err().strip()).doesNotContain("\n").contains("adviser");
        assertThat(CliRun.remote(server.url(), token, home.toString()).run("stakeholder", "list", "--csv").out())
                .doesNotContain("Défenseur");

        long cnaf = server.tracker().stakeholders().find(1, "CNAF").id();
        CliRun partner = CliRun.remote(server.url(), server.partnerToken("caf-2023", cnaf), home.toString());
        CliRun.Result read = partner.run("stakeholder", "list");
        assertThat(read.exitCode()).isEqualTo(ExitCode.FORBIDDEN);
        assertThat(read.err().strip()).doesNotContain("\n").contains("partner token");
        assertThat(read.out()).isEmpty();
    }
}
