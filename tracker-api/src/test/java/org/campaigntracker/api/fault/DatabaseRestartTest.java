package org.campaigntracker.api.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped and started again under 20 writers POSTing interactions through HTTP, on a server of its own
 * and the production connection pool: while it is down every answer is a quick 503 problem+json (never a 500, never
 * a hang), writes succeed again soon after it is back, and nothing acknowledged is lost.
 */
class DatabaseRestartTest {

    private static final int WRITERS = 20;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    private static final long DOWN_ANSWER_LIMIT_MS = 5_000;
    private static final long RECOVERY_LIMIT_MS = 10_000;

    /** One answer a writer got: when it asked, how long it waited, what came back. */
    record Answer(long sentAtMs, long tookMs, int status, String contentType, String retryAfter, String title) {
    }

    @TempDir
    Path tmp;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final long t0 = System.nanoTime();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void writersSee503WhileTheDatabaseIsDownThenRecoverAndLoseNoAcknowledgedWrite() throws Exception {
        Path pgHome = tmp.resolve("pg");
        try (EmbeddedPostgres pg = EmbeddedPostgres.startTemporary(pgHome)) {
            ConnectionSettings db = new ConnectionSettings(pg.jdbcUrl(), pg.user(), pg.password());
            try (Tracker tracker = Tracker.pooled(db, 10);
                 ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0)) {
                ApiFixture caf = new ApiFixture(tracker, "caf-2023");
                URI base = server.baseUri();
                ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    int writer = w;
                    writers.add(pool.submit(() -> write(base, caf, writer)));
                }
                Thread.sleep(3_000);

                long downAt = nowMs();
                assertThat(EmbeddedPostgres.stop(pgHome)).isTrue();
                long stoppedAt = nowMs();
                Thread.sleep(1_000);
                HttpResponse<String> ready = send(HttpRequest.newBuilder(base.resolve("ready")).GET());
                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                Thread.sleep(4_000);

                long upAt = nowMs();
                try (EmbeddedPostgres again = EmbeddedPostgres.ensureRunning(pgHome)) {
                    assertThat(again.port()).as("restarted on the same port").isEqualTo(pg.port());
                }
                long restartedAt = nowMs();
                long firstWriteAfter = awaitFirstSuccessAfter(restartedAt);
                Thread.sleep(1_500);
                writing.set(false);
                for (Future<?> f : writers) {
                    f.get(1, TimeUnit.MINUTES);
                }
                pool.shutdown();
                assertThat(send(HttpRequest.newBuilder(base.resolve("ready")).GET()).statusCode()).isEqualTo(200);

                report(downAt, stoppedAt, upAt, restartedAt, firstWriteAfter);
                checkAnswers(stoppedAt, upAt, restartedAt, firstWriteAfter);
                assertThat(storedTitles(db)).containsAll(acknowledgedTitles());
            }
        }
    }

    private void write(URI base, ApiFixture caf, int writer) {
        String path = "api/v1/campaigns/" + caf.slug + "/interactions";
        String token = caf.tokens.get(Role.COORDINATOR);
        for (int n = 0; writing.get(); n++) {
            String title = "Relance " + writer + "-" + n;
            String body = "{\"kind\":\"meeting\",\"occurredOn\":\"2023-03-01\",\"title\":\"" + title
                    + "\",\"participantIds\":[" + caf.ids.get("stakeholder") + "]}";
            long sent = nowMs();
            Answer answer;
            try {
                HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
                answer = new Answer(sent, nowMs() - sent, r.statusCode(),
                        r.headers().firstValue("Content-Type").orElse(""),
                        r.headers().firstValue("Retry-After").orElse(null), title);
            } catch (Exception e) {
                // A timeout or a reset connection: recorded as status 0, which the checks refuse.
                answer = new Answer(sent, nowMs() - sent, 0, e.toString(), null, title);
            }
            answers.add(answer);
            if (answer.status() != 201) {
                pause(100);
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long awaitFirstSuccessAfter(long restartedAt) throws InterruptedException {
        long deadline = restartedAt + RECOVERY_LIMIT_MS + 5_000;
        while (nowMs() < deadline) {
            for (Answer a : answers) {
                if (a.status() == 201 && a.sentAtMs() >= restartedAt) {
                    return a.sentAtMs() + a.tookMs();
                }
            }
            Thread.sleep(50);
        }
        return Long.MAX_VALUE;
    }

    private void checkAnswers(long stoppedAt, long upAt, long restartedAt, long firstWriteAfter) {
        List<Answer> all = List.copyOf(answers);
        assertThat(all).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(201, 503));
        assertThat(all).filteredOn(a -> a.status() == 201 && a.sentAtMs() < stoppedAt).isNotEmpty();
        List<Answer> unavailable = all.stream().filter(a -> a.status() == 503).toList();
        assertThat(unavailable).as("the outage was seen").isNotEmpty().allSatisfy(a -> {
            assertThat(a.contentType()).isEqualTo("application/problem+json");
            assertThat(a.retryAfter()).isNotNull();
            assertThat(a.tookMs()).isLessThan(DOWN_ANSWER_LIMIT_MS);
        });
        // Requests sent while the server was down and answered before it came back: none succeeded, none hung.
        assertThat(all).filteredOn(a -> a.sentAtMs() > stoppedAt && a.sentAtMs() + a.tookMs() < upAt)
                .isNotEmpty().allSatisfy(a -> assertThat(a.status()).isEqualTo(503));
        assertThat(firstWriteAfter - restartedAt).as("recovery after the database is back").isLessThan(RECOVERY_LIMIT_MS);
    }

    private Set<String> acknowledgedTitles() {
        Set<String> titles = new HashSet<>();
        answers.stream().filter(a -> a.status() == 201).forEach(a -> titles.add(a.title()));
        return titles;
    }

    private static Set<String> storedTitles(ConnectionSettings db) throws Exception {
        Set<String> titles = new HashSet<>();
        try (Connection c = db.open();
             PreparedStatement st = c.prepareStatement("select title from interaction where title like 'Relance %'");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
        }
        return titles;
    }

    private void report(long downAt, long stoppedAt, long upAt, long restartedAt, long firstWriteAfter) {
        List<Answer> all = List.copyOf(answers);
        long maxDown = all.stream().filter(a -> a.status() == 503).mapToLong(Answer::tookMs).max().orElse(-1);
        System.out.printf("database restart: %d answers (%d × 201, %d × 503); stop took %d ms, restart %d ms;"
                        + " slowest 503 %d ms; first write %d ms after the database was back%n",
                all.size(), all.stream().filter(a -> a.status() == 201).count(),
                all.stream().filter(a -> a.status() == 503).count(), stoppedAt - downAt, restartedAt - upAt, maxDown,
                firstWriteAfter - restartedAt);
    }

    private long nowMs() {
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
