package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the HTTP layer answers on its own, before Jersey: malformed addresses and requests, and bodies over the
 * limit however they are framed. Every answer is problem+json with neither server version, stack trace nor echo of
 * the request; every over-size body is 413.
 */
class ErrorsAndLimitsTest {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int LIMIT = 4096;

    private static Tracker tracker;
    private static ApiServer server;
    private static ApiFixture caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults().withMaxBodyBytes(LIMIT));
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    private static RawHttp.Received exchange(String request) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try (RawHttp raw = new RawHttp(server.baseUri())) {
                return raw.send(request).readAnswer(3_000);
            }
        });
    }

    private static void assertProblem(RawHttp.Received r, int status) {
        assertThat(r.statuses()).as(r.text()).containsExactly(status);
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status).doesNotContainIgnoringCase("grizzly")
                .doesNotContain("4.0.2").doesNotContain("Exception").doesNotContain("at org.").doesNotContain("<");
    }

    // What curl --path-as-is sends for 'http://HOST/health\x' and '…/health?x=%zz<img/src=x>'.
    @ParameterizedTest
    @ValueSource(strings = {"/health\\x", "/health?x=%zz<img/src=x>", "/api/v1/campaigns/%zz"})
    void anAddressThatIsNoUriIsA400Problem(String target) {
        RawHttp.Received r = exchange("GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + caf.tokens.get(Role.PARTNER) + "\r\n\r\n");
        assertProblem(r, 400);
        assertThat(r.body()).doesNotContain("img").doesNotContain("%zz");
    }

    @Test
    void malformedRequestsGetProblemsFromTheCodecToo() {
        assertProblem(exchange("GET /health HTTP/1.1\r\n\r\n"), 400);
        assertProblem(exchange("GET /health HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(20_000) + "\r\n\r\n"), 400);
        assertProblem(exchange("GET /health HTTP/1.1\r\nHost: x\r\nBroken header line\r\n\r\n"), 400);
        RawHttp.Received version = exchange("GET /health HTTP/7.1\r\nHost: x\r\n\r\n");
        assertThat(version.text()).contains(" 505 ").contains("application/problem+json").doesNotContain("Grizzly");
    }

    @Test
    void aHostHeaderThatIsNoHostNameIsA400Problem() {
        assertProblem(exchange("GET /health HTTP/1.1\r\nHost: a b<c>\r\n\r\n"), 400);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeAByteOfItIsSent() {
        for (String length : new String[] {"99999999999", String.valueOf(LIMIT + 1)}) {
            RawHttp.Received r = exchange("POST /api/v1/campaigns/caf-2023/themes HTTP/1.1\r\nHost: x\r\n"
                    + "Authorization: Bearer " + caf.tokens.get(Role.COORDINATOR) + "\r\nContent-Type: application/json"
                    + "\r\nContent-Length: " + length + "\r\n\r\n");
            assertProblem(r, 413);
            assertThat(r.body()).contains("larger than " + LIMIT + " bytes");
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        long before = tracker.dsl().fetchCount(org.jooq.impl.DSL.table("theme"));
        String title = "x".repeat(LIMIT);
        String body = "{\"title\":\"" + title + "\"}";
        StringBuilder chunks = new StringBuilder();
        for (int at = 0; at < body.length(); at += 1000) {
            String chunk = body.substring(at, Math.min(body.length(), at + 1000));
            chunks.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        String request = "POST /api/v1/campaigns/caf-2023/themes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + caf.tokens.get(Role.COORDINATOR) + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunks + "0\r\n\r\n";
        RawHttp.Received r = assertTimeoutPreemptively(BOUND, () -> {
            try (RawHttp raw = new RawHttp(server.baseUri())) {
                return raw.send(request).read(4_000);
            }
        });
        assertProblem(r, 413);
        assertThat(r.closed()).as("closed once the client had time to read the answer").isTrue();
        assertThat(tracker.dsl().fetchCount(org.jooq.impl.DSL.table("theme"))).isEqualTo(before);
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        String body = "{\"title\":\"" + "y".repeat(LIMIT - 20) + "\"}";
        RawHttp.Received r = exchange("POST /api/v1/campaigns/caf-2023/themes HTTP/1.1\r\nHost: x\r\n"
                + "Authorization: Bearer " + caf.tokens.get(Role.COORDINATOR) + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        // Read whole and judged by core (a title that long breaks its length rule): not refused for its size.
        assertThat(r.statuses()).containsExactly(422);
    }

    @Test
    void expectContinueIsAnsweredBeforeTheBodyAndRefusedAtOnceWhenTooLarge() {
        String body = "{\"title\":\"Sortir du contrôle automatique\"}";
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String head = "POST /api/v1/campaigns/caf-2023/themes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + caf.tokens.get(Role.COORDINATOR) + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n";
        assertTimeoutPreemptively(BOUND, () -> {
            try (RawHttp raw = new RawHttp(server.baseUri())) {
                RawHttp.Received interim = raw.send(head + "Content-Length: " + bytes.length + "\r\n\r\n").read(1_000);
                assertThat(interim.text()).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
                RawHttp.Received created = raw.send(bytes).read(1_000);
                assertThat(created.statuses()).containsExactly(201);
            }
        });
        assertProblem(exchange(head + "Content-Length: " + (LIMIT + 1) + "\r\n\r\n"), 413);
    }
}
