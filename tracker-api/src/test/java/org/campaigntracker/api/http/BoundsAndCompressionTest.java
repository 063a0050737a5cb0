package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an outsider found: press items dated 0001-01-01 and 9999-12-31 made the coverage answer 21.6 MB of JSON,
 * uncompressed. Dates outside 1900–2100 are refused and write nothing; a campaign whose press spans two centuries
 * gets a coverage of at most ten years, saying what it left out; large text answers travel gzipped.
 */
class BoundsAndCompressionTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Tracker tracker;
    private static ApiServer server;
    private static ApiFixture caf;
    private static String c;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        c = "api/v1/campaigns/" + caf.slug;
        // Two centuries of press over twenty demands: unbounded, the coverage would list 2,400 months per scope.
        for (int t = 0; t < 4; t++) {
            long theme = tracker.demands().addTheme(caf.campaignId, ThemeDraft.of("Thème " + t)).id();
            for (int d = 0; d < 5; d++) {
                long demand = tracker.demands().addDemand(caf.campaignId, DemandDraft.of(theme, "Demande " + d)).id();
                tracker.press().add(caf.campaignId, PressItemDraft.of("Média " + d, PressMedium.WEB,
                        LocalDate.of(1900 + t * 50 + d * 10, 1 + d, 1), "Article " + t + "." + d, null)
                        .withLinks(List.of(theme), List.of(demand), List.of(), List.of()));
            }
        }
        tracker.press().add(caf.campaignId, PressItemDraft.of("Média", PressMedium.WEB, LocalDate.of(2100, 12, 31),
                "Le dernier jour", null));
        server = ApiServer.start(tracker, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void pressItemsDatedOutsideTheCampaignRangeAreRefusedInBothLanguagesAndWriteNothing() throws Exception {
        int before = tracker.press().list(caf.campaignId, PressFilter.all()).size();
        for (String day : List.of("0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01")) {
            String body = "{\"outlet\":\"Le Monde\",\"medium\":\"print\",\"publishedOn\":\"" + day
                    + "\",\"title\":\"Hors du temps\"}";
            HttpResponse<byte[]> en = send("POST", c + "/press-items", body, "en", null);
            assertThat(en.statusCode()).as(day).isEqualTo(422);
            JsonNode problem = ObjectMapperProvider.shared().readTree(en.body());
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("publishedOn");
            assertThat(problem.at("/errors/0/rule").asText()).isEqualTo("date_range");
            assertThat(problem.get("detail").asText())
                    .isEqualTo("publishedOn must be between 1900-01-01 and 2100-12-31");
            HttpResponse<byte[]> fr = send("POST", c + "/press-items", body, "fr", null);
            assertThat(ObjectMapperProvider.shared().readTree(fr.body()).get("detail").asText())
                    .isEqualTo("publishedOn doit être entre le 1900-01-01 et le 2100-12-31");
        }
        assertThat(tracker.press().list(caf.campaignId, PressFilter.all())).hasSize(before);
    }

    @Test
    void queryDatesOutsideTheRangeAreRefusedNamingTheParameter() throws Exception {
        for (String path : List.of("/press-items?from=0001-01-01", "/activity?to=9999-12-31",
                "/interactions?from=1000-01-01", "/coverage?from=0001-01-01", "/map?as_of=0001-01-01")) {
            HttpResponse<byte[]> answer = send("GET", c + path, null, "en", null);
            assertThat(answer.statusCode()).as(path).isEqualTo(422);
            assertThat(ObjectMapperProvider.shared().readTree(answer.body()).at("/errors/0/rule").asText()).as(path)
                    .isEqualTo("date_range");
        }
    }

    @Test
    void numbersPastTheirBoundsAre422NotAServerError() throws Exception {
        for (String path : List.of("/themes?offset=2147483647", "/press-items?offset=2147483647",
                "/stakeholders?offset=-1", "/stakeholders?min_power=9")) {
            assertThat(send("GET", c + path, null, "en", null).statusCode()).as(path).isEqualTo(422);
        }
        String tooMany = "{\"outlet\":\"Le Monde\",\"medium\":\"print\",\"publishedOn\":\"2023-01-17\","
                + "\"title\":\"Liste\",\"reach\":99999999999999,\"themeIds\":["
                + IntStream.rangeClosed(1, 501).mapToObj(String::valueOf).collect(Collectors.joining(",")) + "]}";
        HttpResponse<byte[]> refused = send("POST", c + "/press-items", tooMany, "en", null);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(ObjectMapperProvider.shared().readTree(refused.body()).get("detail").asText())
                .contains("reach must be between 0 and 10000000000").contains("themeIds may hold at most 500 items");
    }

    @Test
    void aLargeCoverageArrivesGzippedAndBoundedToTenYearsSayingWhatItLeftOut() throws Exception {
        HttpResponse<byte[]> gzip = send("GET", c + "/coverage", null, "en", "gzip, deflate");
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        String json = gunzip(gzip.body());
        JsonNode report = ObjectMapperProvider.shared().readTree(json);
        assertThat(report.at("/window/to").asText()).isEqualTo("2100-12-31");
        assertThat(report.at("/window/from").asText()).isEqualTo("2091-01-01");
        assertThat(report.at("/window/maxYears").asInt()).isEqualTo(10);
        assertThat(report.at("/window/outside").asInt()).isEqualTo(20 + 1);
        assertThat(report.at("/total/items").asInt()).isEqualTo(1);
        report.findValues("byMonth").forEach(m -> assertThat(m.size()).isLessThanOrEqualTo(121));

        HttpResponse<byte[]> plain = send("GET", c + "/coverage", null, "en", null);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(gzip.body().length).isLessThan(plain.body().length / 3);

        JsonNode asked = ObjectMapperProvider.shared().readTree(send("GET", c + "/coverage?from=1900-01-01&to=1909-12-31",
                null, "en", null).body());
        assertThat(asked.at("/window/from").asText()).isEqualTo("1900-01-01");
        HttpResponse<byte[]> tooLong = send("GET", c + "/coverage?from=1900-01-01&to=1910-01-01", null, "en", null);
        assertThat(tooLong.statusCode()).isEqualTo(422);
        assertThat(ObjectMapperProvider.shared().readTree(tooLong.body()).get("detail").asText())
                .isEqualTo("to must be less than 10 years after from");
    }

    @Test
    void smallAnswersItemsWithATagAndTheProgressCopyAreNeverCompressedAgain() throws Exception {
        HttpResponse<byte[]> health = send("GET", "health", null, "en", "gzip");
        assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(health.body().length).isLessThan(Compression.MIN_BYTES);

        HttpResponse<byte[]> item = send("GET", c + "/press-items/" + caf.ids.get("pressItem"), null, "en", "gzip");
        assertThat(item.headers().firstValue("ETag")).isPresent();
        assertThat(item.headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> progress = send("GET", c + "/progress", null, "en", "gzip");
        assertThat(progress.headers().firstValue("Content-Encoding")).contains("gzip");
        // Gunzipped once, it is JSON: the kept gzip copy went out as it is.
        assertThat(ObjectMapperProvider.shared().readTree(gunzip(progress.body())).has("themes")).isTrue();

        HttpResponse<byte[]> list = send("GET", c + "/press-items?limit=100", null, "en", "gzip");
        assertThat(list.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(ObjectMapperProvider.shared().readTree(gunzip(list.body())).get("items")).hasSize(22);
        HttpResponse<byte[]> refused = send("GET", c + "/press-items?limit=100", null, "en", "gzip;q=0");
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    }

    private static HttpResponse<byte[]> send(String method, String path, String body, String language,
                                             String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + caf.tokens.get(Role.COORDINATOR))
                .header("Accept-Language", language);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
