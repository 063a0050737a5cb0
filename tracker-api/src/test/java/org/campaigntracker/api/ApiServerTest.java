package org.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiServerTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static String token;
    // The default client offers an HTTP/2 upgrade, as many partner scripts will: answers must stay complete.
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        long id = tracker.campaigns().create(new CampaignDraft("caf-2023", "Remettre l’humain au cœur des CAF", null,
                LocalDate.of(2023, 7, 1), "Signature de la COG", "fr")).id();
        token = tracker.tokens().create(id, Role.PARTNER, "Secours catholique", null).value();
        server = ApiServer.start(tracker, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void healthAndReadiness() throws Exception {
        HttpResponse<String> health = get("/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asText()).isEqualTo("up");
        HttpResponse<String> ready = get("/ready", "application/json");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).get("database").asText()).isEqualTo("up");
    }

    @Test
    void campaignsAreListedWithIsoDates() throws Exception {
        HttpResponse<String> response = get("/api/v1/campaigns", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode first = json(response).get(0);
        assertThat(first.get("slug").asText()).isEqualTo("caf-2023");
        assertThat(first.get("deadline").asText()).isEqualTo("2023-07-01");
        assertThat(first.get("name").asText()).isEqualTo("Remettre l’humain au cœur des CAF");
    }

    @Test
    void anUnknownCampaignIsAProblemInTheClientsLanguage() throws Exception {
        // Another campaign's slug and a slug that does not exist read the same: nothing leaks.
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/campaigns/nope"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "fr-FR,fr;q=0.9").GET().build());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).isEqualTo("aucun(e) campagne ne correspond à « nope »");
    }

    @Test
    void frameworkErrorsAreProblemsToo() throws Exception {
        HttpResponse<String> unknownRoute = get("/api/v1/nothing-here", "application/json");
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(unknownRoute.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(json(unknownRoute).get("title").asText()).isEqualTo("Not Found");

        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/health"))
                .DELETE().build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod).get("status").asInt()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();

        HttpResponse<String> notAcceptable = get("/api/v1/campaigns", "text/csv");
        assertThat(notAcceptable.statusCode()).isEqualTo(406);
        assertThat(notAcceptable.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aRevokedTokenIsRefusedOnceTheShortAuthenticationCacheLapses() throws Exception {
        long caf = tracker.campaigns().get("caf-2023").id();
        var issued = tracker.tokens().create(caf, org.campaigntracker.core.access.Role.PARTNER, "Secours catholique", null);
        try (ApiServer uncached = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults().withTokenCacheSeconds(0))) {
            HttpRequest progress = HttpRequest.newBuilder(uncached.baseUri().resolve("api/v1/campaigns/caf-2023/progress"))
                    .header("Authorization", "Bearer " + issued.value()).GET().build();
            assertThat(send(progress).statusCode()).isEqualTo(200);
            assertThat(send(HttpRequest.newBuilder(uri("/api/v1/campaigns/caf-2023/progress"))
                    .header("Authorization", "Bearer " + issued.value()).GET().build()).statusCode()).isEqualTo(200);

            tracker.tokens().revoke(issued.token().id());
            HttpResponse<String> refused = send(progress);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).isPresent();

            // The default server trusted the token a moment ago: it refuses it once its 2-second cache lapses.
            Thread.sleep(2_100);
            assertThat(send(HttpRequest.newBuilder(uri("/api/v1/campaigns/caf-2023/progress"))
                    .header("Authorization", "Bearer " + issued.value()).GET().build()).statusCode()).isEqualTo(401);
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return server.baseUri().resolve(path.substring(1));
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return ObjectMapperProvider.shared().readTree(response.body());
    }
}
