package org.campaigntracker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.cli.output.Json;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.DatabaseConfig;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A run that loads the classes everyday commands need, without a database, so the launcher can record them in a
 * class-data-sharing archive right after a build ({@code -XX:ArchiveClassesAtExit}). Every step may fail: only the
 * classes it loads matter.
 */
final class ClassCacheTraining {

    static final String FLAG = "--train-class-cache";

    private ClassCacheTraining() {
    }

    static void run() {
        quietly(ClassCacheTraining::parseCommandLines);
        quietly(ClassCacheTraining::readTheRealDatabase);
        quietly(ClassCacheTraining::runServicesOnAMockDatabase);
        quietly(() -> new ConnectionSettings("jdbc:postgresql://127.0.0.1:1/tracker?sslmode=disable&gssEncMode=disable",
                "tracker", "x").open());
        quietly(() -> Json.print(new PrintWriter(new StringWriter()), List.of(Map.of("on", LocalDate.now()))));
        quietly(ClassCacheTraining::serveAFewRequests);
    }

    /** The API's classes (Jersey, HK2, Grizzly, Jackson, the resources and mappers), for `serve` and `demo`. */
    private static void serveAFewRequests() throws Exception {
        Connection mock = new MockConnection(ctx -> new MockResult[] {new MockResult(0, null)});
        Tracker tracker = Tracker.over(new SingleConnection(mock));
        try (ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String path : List.of("health", "ready", "api/v1/campaigns/training/progress", "nowhere")) {
                quietly(() -> client.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
                        .header("Authorization", "Bearer ct_AAAAAAAAAAAA_" + "A".repeat(43)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            quietly(() -> remoteMode(server));
        }
    }

    /**
     * Remote mode's classes (the HTTP client, the wire types read back as core's records, the problems mapped to exit
     * codes): a command line sent to this server with a token it refuses, and an interaction read back from JSON.
     */
    private static void remoteMode(ApiServer server) throws Exception {
        Map<String, String> env = Map.of("TRACKER_URL", server.baseUri().toString(),
                "TRACKER_TOKEN", "ct_AAAAAAAAAAAA_" + "A".repeat(43),
                "TRACKER_HOME", java.nio.file.Files.createTempDirectory("tracker-training").toString());
        String[] line = {"meeting", "list", "--csv"};
        try (CliContext context = new CliContext(env, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))) {
            Main.commandLine(context, line).execute(line);
        }
        new org.campaigntracker.cli.remote.RemoteApi(new org.campaigntracker.cli.remote.RemoteSettings(
                server.baseUri(), env.get("TRACKER_TOKEN")), java.util.Locale.ENGLISH).mapper().readValue(
                "{\"id\":1,\"kind\":\"meeting\",\"occurredOn\":\"2023-01-17\",\"title\":\"x\","
                        + "\"participantIds\":[2],\"attendeeIds\":[],\"demandIds\":[],\"status\":\"held\","
                        + "\"updatedAt\":\"2023-01-17T10:00:00Z\",\"version\":1}",
                org.campaigntracker.api.interaction.InteractionRepresentation.class).toDomain(1);
    }

    private static void parseCommandLines() {
        CliContext context = new CliContext(Map.of(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        for (String[] line : List.of(
                new String[] {"meeting", "log", "--with", "grivel", "--on", "17/01/2023", "--summary", "x", "--yes"},
                new String[] {"stakeholder", "list", "--json"}, new String[] {"campaign", "list", "--csv"},
                new String[] {"status"}, new String[] {"position", "set", "--help"})) {
            quietly(() -> Main.commandLine(context, line).parseArgs(line));
        }
    }

    /**
     * The command about to run will open the database anyway, so training reads it too (reads only): the login,
     * the driver's and jOOQ's execution paths then enter the archive. Without a reachable database, nothing.
     */
    private static void readTheRealDatabase() {
        try (Tracker tracker = Tracker.connect(ConnectionSettings.resolve(DatabaseConfig.fromEnvironment()))) {
            for (var campaign : tracker.campaigns().list()) {
                quietly(() -> tracker.stakeholders().find(campaign.id(), "training"));
                quietly(() -> tracker.demands().findDemand(campaign.id(), "1.1"));
                quietly(() -> tracker.members().list(campaign.id()));
                return;
            }
        }
    }

    /** Real service and repository code over a connection that answers every statement with nothing. */
    private static void runServicesOnAMockDatabase() {
        Connection mock = new MockConnection(ctx -> new MockResult[] {new MockResult(0, null)});
        PGSimpleDataSource unused = new PGSimpleDataSource();
        unused.setUrl("jdbc:postgresql://127.0.0.1:1/tracker");
        Tracker tracker = Tracker.over(new SingleConnection(mock));
        quietly(() -> tracker.campaigns().create(CampaignDraft.of("training", "Training")));
        quietly(() -> tracker.stakeholders().find(1, "grivel"));
        quietly(() -> tracker.demands().findDemand(1, "1.1"));
        quietly(() -> tracker.interactions().log(1, InteractionDraft.of(InteractionKind.MEETING, LocalDate.now(),
                "Training", List.of(1L))));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            // expected: there is no database; the classes are loaded all the same
        }
    }

    /** The smallest DataSource over one connection. */
    private record SingleConnection(Connection connection) implements DataSource {
        @Override
        public Connection getConnection() {
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) {
            return connection;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // not used
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // not used
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
