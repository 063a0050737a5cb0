package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
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
 * Requests whose body could be read two ways, sent over a raw socket with a second request hidden where a server
 * that misreads the first would run it: a theme created with a coordinator's token. Each is refused with one
 * problem+json answer, the connection is closed, and the hidden request never runs.
 */
class SmugglingTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    private static Tracker tracker;
    private static ApiServer server;
    private static ApiFixture caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    /** A complete request that writes: if it ever runs, the theme count shows it. */
    private static String hidden() {
        String body = "{\"title\":\"smuggled\"}";
        return "POST /api/v1/campaigns/caf-2023/themes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + caf.tokens.get(Role.COORDINATOR) + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
    }

    private static RawHttp.Received exchange(String request) {
        return assertTimeoutPreemptively(BOUND, () -> {
            try (RawHttp raw = new RawHttp(server.baseUri())) {
                return raw.send(request).read(3_000);
            }
        });
    }

    private static long themes() {
        return tracker.dsl().fetchCount(org.jooq.impl.DSL.table("theme"));
    }

    private static void assertRefused(RawHttp.Received r, int status) {
        assertThat(r.statuses()).as(r.text()).containsExactly(status);
        assertThat(r.closed()).as("the connection is closed after a refusal").isTrue();
        assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status).doesNotContain("Grizzly").doesNotContain("at org.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "CONNECT", "PRI"})
    void aMethodTheApiDoesNotServeIsRefusedWithoutRunningItsBody(String method) {
        long before = themes();
        String hidden = hidden();
        RawHttp.Received r = exchange(method + " /health HTTP/1.1\r\nHost: x\r\nContent-Length: " + hidden.length()
                + "\r\n\r\n" + hidden);
        assertRefused(r, 405);
        assertThat(r.header("Allow")).isEqualTo("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
        assertThat(themes()).isEqualTo(before);
    }

    @Test
    void anUnknownMethodIsNotImplemented() {
        long before = themes();
        String hidden = hidden();
        assertRefused(exchange("BREW /health HTTP/1.1\r\nHost: x\r\nContent-Length: " + hidden.length() + "\r\n\r\n"
                + hidden), 501);
        assertThat(themes()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "DELETE"})
    void aBodyOnAMethodThatTakesNoneIsRefused(String method) {
        long before = themes();
        String hidden = hidden();
        RawHttp.Received declared = exchange(method + " /api/v1/campaigns/caf-2023/themes/" + caf.ids.get("theme")
                + " HTTP/1.1\r\nHost: x\r\nContent-Length: " + hidden.length() + "\r\n\r\n" + hidden);
        assertThat(declared.statuses()).containsExactly(400);
        assertThat(declared.closed()).isTrue();
        RawHttp.Received chunked = exchange(method + " /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked"
                + "\r\n\r\n" + Integer.toHexString(hidden.length()) + "\r\n" + hidden + "\r\n0\r\n\r\n");
        assertThat(chunked.statuses()).containsExactly(400);
        assertThat(themes()).isEqualTo(before);
    }

    @Test
    void contentLengthAndTransferEncodingTogetherAreRefusedInEitherOrder() {
        long before = themes();
        String hidden = hidden();
        for (String framing : List.of("Content-Length: 5\r\nTransfer-Encoding: chunked",
                "Transfer-Encoding: chunked\r\nContent-Length: 5")) {
            RawHttp.Received r = exchange("POST /api/v1/campaigns/caf-2023/themes HTTP/1.1\r\nHost: x\r\n" + framing
                    + "\r\n\r\n0\r\n\r\n" + hidden);
            assertRefused(r, 400);
            assertThat(r.body()).contains("both Content-Length and Transfer-Encoding");
        }
        assertThat(themes()).isEqualTo(before);
    }

    @Test
    void aRepeatedContentLengthIsRefusedEvenWhenBothAgree() {
        long before = themes();
        String hidden = hidden();
        for (String lengths : List.of("Content-Length: 0\r\nContent-Length: 0", "Content-Length: 0\r\nContent-Length: "
                + hidden.length(), "Content-Length: 0, 0")) {
            RawHttp.Received r = exchange("POST /health HTTP/1.1\r\nHost: x\r\n" + lengths + "\r\n\r\n" + hidden);
            assertThat(r.statuses()).as(lengths).containsExactly(400);
            assertThat(r.closed()).isTrue();
        }
        assertThat(themes()).isEqualTo(before);
    }

    @Test
    void aTransferCodingOtherThanExactlyChunkedIsRefused() {
        long before = themes();
        String hidden = hidden();
        for (String coding : List.of("xchunked", "chunked, identity", "gzip, chunked", "identity")) {
            RawHttp.Received r = exchange("POST /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: " + coding
                    + "\r\n\r\n0\r\n\r\n" + hidden);
            assertThat(r.statuses()).as(coding).containsExactly(501);
            assertThat(r.closed()).isTrue();
        }
        RawHttp.Received twice = exchange("POST /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + hidden);
        assertRefused(twice, 400);
        RawHttp.Received http10 = exchange("POST /health HTTP/1.0\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\n\r\n" + hidden);
        assertThat(http10.text()).matches("(?s)HTTP/1\\.[01] 400 .*application/problem\\+json.*");
        assertThat(themes()).isEqualTo(before);
    }

    @Test
    void whiteSpaceBetweenAHeaderNameAndItsColonIsRefused() {
        long before = themes();
        String hidden = hidden();
        RawHttp.Received r = exchange("POST /health HTTP/1.1\r\nHost: x\r\nContent-Length : " + hidden.length()
                + "\r\n\r\n" + hidden);
        assertRefused(r, 400);
        assertThat(themes()).isEqualTo(before);
    }

    @Test
    void wellFramedRequestsStillShareAConnection() {
        String body = "{\"title\":\"pipelined\"}";
        String token = caf.tokens.get(Role.COORDINATOR);
        String chunked = "POST /api/v1/campaigns/caf-2023/themes HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n";
        RawHttp.Received r = assertTimeoutPreemptively(BOUND, () -> {
            try (RawHttp raw = new RawHttp(server.baseUri())) {
                return raw.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n" + chunked + hidden()
                        + "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").read(3_000);
            }
        });
        assertThat(r.statuses()).as(r.text()).containsExactly(200, 201, 201, 200);
    }
}
