package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Clients that hold connections open: bodies sent a byte at a time, and more connections from one address than it
 * may open. A server with a short body timeout (400 ms plus one second per 1,000 bytes), so the tests take seconds.
 */
class SlowClientsTest {

    private static final int TIMEOUT_MILLIS = 400;
    private static final int MIN_RATE = 1000;
    private static final String THEMES = "/api/v1/campaigns/caf-2023/themes";

    private static Tracker tracker;
    private static ApiServer server;
    private static ApiFixture caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.pooled(TestPostgres.freshDatabase(), 4);
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0,
                ApiConfig.defaults().withBodyTimeout(TIMEOUT_MILLIS, MIN_RATE));
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    private static String slowPost(int length) {
        return "POST " + THEMES + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + caf.tokens.get(Role.COORDINATOR)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{";
    }

    @Test
    void slowUploadsHoldNoWorkerAndEndIn408() throws Exception {
        int uploads = 24; // several times the worker threads of a small machine
        ExecutorService senders = Executors.newFixedThreadPool(uploads);
        try {
            List<Future<RawHttp.Received>> answers = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                answers.add(senders.submit(() -> {
                    try (RawHttp raw = new RawHttp(server.baseUri())) {
                        raw.send(slowPost(1000));
                        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                        // One byte every 100 ms: ten bytes a second, far under the minimum rate.
                        while (System.nanoTime() < end && raw.trickle((byte) ' ')) {
                            Thread.sleep(100);
                        }
                        return raw.read(2_000);
                    }
                }));
            }
            Thread.sleep(150);
            Http http = new Http(server.baseUri());
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                assertThat(http.get("/health", null).statusCode()).isEqualTo(200);
                assertThat(http.get(THEMES, caf.tokens.get(Role.PARTNER)).statusCode()).isEqualTo(200);
            }, "the server answers while the uploads trickle");
            for (Future<RawHttp.Received> answer : answers) {
                RawHttp.Received r = answer.get(10, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.statuses()).as(r.text()).containsExactly(408);
                assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
            }
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void aBodyThatKeepsTheMinimumRateMayTakeLongerThanTheTimeout() {
        // 991 bytes (JSON may end in blanks): allowed 400 ms + 991 ms, sent over about 620 ms, past the 400 ms timeout
        // with most of a second to spare for a loaded machine.
        String body = "{\"title\":\"" + "z".repeat(180) + "\"}" + " ".repeat(800);
        RawHttp.Received r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try (RawHttp raw = new RawHttp(server.baseUri())) {
                raw.send("POST " + THEMES + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                        + caf.tokens.get(Role.COORDINATOR) + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\nConnection: close\r\n\r\n");
                // 62 parts of 16 bytes, 10 ms apart.
                for (int at = 0; at < body.length(); at += 16) {
                    raw.send(body.substring(at, Math.min(body.length(), at + 16)));
                    Thread.sleep(10);
                }
                return raw.read(3_000);
            }
        });
        assertThat(r.statuses()).as(r.text()).containsExactly(201);
    }

    @Test
    void anAddressMayHoldOnlySoManyConnections() throws Exception {
        try (ApiServer limited = ApiServer.start(tracker, "127.0.0.1", 0,
                ApiConfig.defaults().withMaxConnectionsPerAddress(3))) {
            List<RawHttp> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    RawHttp one = new RawHttp(limited.baseUri());
                    held.add(one);
                    // Answered, so accepted and counted: under load the server may accept connections out of
                    // order, and the one refused would then be a held one rather than the fourth.
                    assertThat(one.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read(4_000).statuses())
                            .containsExactly(200);
                }
                // The server lingers ConnectionGuard.LINGER_MILLIS before closing: wait longer than that in quiet.
                RawHttp.Received refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try (RawHttp fourth = new RawHttp(limited.baseUri())) {
                        return fourth.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read(4_000);
                    }
                });
                assertThat(refused.statuses()).as(refused.text()).containsExactly(429);
                assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
                assertThat(refused.closed()).isTrue();
                // The held connections still work.
                assertThat(held.get(0).send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read(1_000).statuses())
                        .containsExactly(200);
            } finally {
                held.forEach(RawHttp::close);
            }
            // Once they are closed, the address may connect again.
            List<Integer> again = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                List<Integer> statuses;
                long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                do {
                    Thread.sleep(50);
                    try (RawHttp next = new RawHttp(limited.baseUri())) {
                        statuses = next.send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                                .read(1_000).statuses();
                    }
                } while (!statuses.equals(List.of(200)) && System.nanoTime() < end);
                return statuses;
            });
            assertThat(again).containsExactly(200);
        }
    }
}
