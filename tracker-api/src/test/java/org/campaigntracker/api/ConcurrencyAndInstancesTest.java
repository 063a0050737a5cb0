package org.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.IssuedToken;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.ConnectionSettings;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No lost update under a race, and two servers on one database agree, progress cache included. */
class ConcurrencyAndInstancesTest {

    private static Tracker trackerA;
    private static Tracker trackerB;
    private static ApiServer serverA;
    private static ApiServer serverB;
    private static ApiFixture caf;
    private static ConnectionSettings db;

    @BeforeAll
    static void start() {
        // Pooled, as `tracker serve` runs them: each server keeps read models in memory and listens for changes.
        db = TestPostgres.freshDatabase();
        trackerA = Tracker.pooled(db, 4);
        trackerB = Tracker.pooled(db, 4);
        caf = new ApiFixture(trackerA, "caf-2023");
        // Tokens trusted for a minute when a server cannot listen: a revocation seen sooner was heard, not timed out.
        ApiConfig config = ApiConfig.defaults().withTokenCacheSeconds(60);
        serverA = ApiServer.start(trackerA, "127.0.0.1", 0, config);
        serverB = ApiServer.start(trackerB, "127.0.0.1", 0, config);
    }

    @AfterAll
    static void stop() {
        serverA.close();
        serverB.close();
        trackerA.close();
        trackerB.close();
    }

    @Test
    void racingUpdatesWithOneIfMatchHaveExactlyOneWinner() throws Exception {
        Http http = new Http(serverA.baseUri());
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        String path = "/api/v1/campaigns/caf-2023/themes/" + caf.ids.get("theme");
        String etag = http.get(path, coordinator).headers().firstValue("ETag").orElseThrow();
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<HttpResponse<String>>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String body = "{\"title\":\"Titre du rédacteur " + i + "\"}";
            Callable<HttpResponse<String>> write = () -> {
                go.await();
                return http.send("PUT", path, coordinator, body, Map.of("If-Match", etag));
            };
            results.add(pool.submit(write));
        }
        go.countDown();
        List<HttpResponse<String>> done = new ArrayList<>();
        for (Future<HttpResponse<String>> f : results) {
            done.add(f.get());
        }
        pool.shutdown();

        List<HttpResponse<String>> winners = done.stream().filter(r -> r.statusCode() == 200).toList();
        assertThat(winners).hasSize(1);
        assertThat(done.stream().filter(r -> r.statusCode() == 412).count()).isEqualTo(writers - 1);
        String winnerTitle = Http.json(winners.get(0)).get("title").asText();
        assertThat(Http.json(http.get(path, coordinator)).get("title").asText()).isEqualTo(winnerTitle);
    }

    @Test
    void aWriteOnOneInstanceIsReadOnTheOtherProgressIncluded() {
        Http a = new Http(serverA.baseUri());
        Http b = new Http(serverB.baseUri());
        String partner = caf.tokens.get(Role.PARTNER);
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        // Warm B's progress cache first, so a stale cache would show.
        HttpResponse<String> before = b.get("/api/v1/campaigns/caf-2023/progress", partner);
        assertThat(Http.json(before).at("/themes/0/demands/0/best").asText()).isEqualTo("committed_verbally");

        String body = "{\"stakeholderId\":" + caf.ids.get("stakeholder") + ",\"demandId\":" + caf.ids.get("demand")
                + ",\"level\":\"committed_in_writing\",\"statedOn\":\"2023-02-01\"}";
        assertThat(a.send("POST", "/api/v1/campaigns/caf-2023/positions", coordinator, body, Map.of()).statusCode())
                .isEqualTo(201);

        // B hears of A's commit from PostgreSQL (LISTEN/NOTIFY), a moment after A answered.
        HttpResponse<String> after = eventually(() -> b.get("/api/v1/campaigns/caf-2023/progress", partner),
                r -> Http.json(r).at("/themes/0/demands/0/best").asText().equals("committed_in_writing"));
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        HttpResponse<String> same = b.send("GET", "/api/v1/campaigns/caf-2023/progress", partner, null,
                Map.of("If-None-Match", after.headers().firstValue("ETag").orElseThrow()));
        assertThat(same.statusCode()).isEqualTo(304);
    }

    @Test
    void anItemServedFromMemoryFollowsAnUpdateMadeThroughTheOtherInstance() {
        Http a = new Http(serverA.baseUri());
        Http b = new Http(serverB.baseUri());
        String coordinator = caf.tokens.get(Role.COORDINATOR);
        String path = "/api/v1/campaigns/caf-2023/interactions/" + caf.ids.get("interaction");
        HttpResponse<String> before = b.get(path, coordinator);
        assertThat(b.get(path, coordinator).body()).isEqualTo(before.body()); // now held in B's memory
        JsonNode item = Http.json(before);
        String body = "{\"kind\":\"meeting\",\"occurredOn\":\"2023-01-17\",\"title\":\"Rencontre avec le DG (compte rendu relu)\","
                + "\"participantIds\":" + item.get("participantIds") + "}";
        assertThat(a.send("PUT", path, coordinator, body, Map.of("If-Match", before.headers().firstValue("ETag")
                .orElseThrow())).statusCode()).isEqualTo(200);

        HttpResponse<String> after = eventually(() -> b.get(path, coordinator),
                r -> Http.json(r).get("title").asText().endsWith("(compte rendu relu)"));
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        // And on A, which made the change, the very next read shows it.
        assertThat(Http.json(a.get(path, coordinator)).get("title").asText()).endsWith("(compte rendu relu)");
    }

    @Test
    void aTokenRevokedFromTheCommandLineIsRefusedByEveryInstanceWithinMoments() {
        Http a = new Http(serverA.baseUri());
        Http b = new Http(serverB.baseUri());
        IssuedToken issued = trackerA.tokens().create(caf.campaignId, Role.PARTNER, "Tableau de bord ATD", null);
        String path = "/api/v1/campaigns/caf-2023/progress";
        for (Http server : List.of(a, b, a, b)) {
            assertThat(server.get(path, issued.value()).statusCode()).isEqualTo(200); // now trusted from memory
        }

        // As `tracker token revoke` does it: another process, on a connection the servers know nothing about.
        Tracker.over(db.simpleDataSource()).tokens().revoke(issued.token().id());

        long revoked = System.nanoTime();
        for (Http server : List.of(a, b)) {
            HttpResponse<String> refused = eventually(() -> server.get(path, issued.value()), r -> r.statusCode() == 401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();
        }
        assertThat(System.nanoTime() - revoked).as("far sooner than the 60 s a server trusts a token it cannot watch")
                .isLessThan(5_000_000_000L);
    }

    /** Polls for up to 5 s: a server learns of another's commit from PostgreSQL, not instantly. */
    private static HttpResponse<String> eventually(Supplier<HttpResponse<String>> read,
                                                   Predicate<HttpResponse<String>> shows) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        HttpResponse<String> r = read.get();
        while (!shows.test(r)) {
            assertThat(System.nanoTime()).as("the other instance still serves the old data after 5 s: %s", r.body())
                    .isLessThan(deadline);
            pause();
            r = read.get();
        }
        return r;
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
