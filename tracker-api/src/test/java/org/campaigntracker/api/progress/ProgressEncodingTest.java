package org.campaigntracker.api.progress;

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
import java.util.zip.GZIPInputStream;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dashboard in gzip for clients that take it: the same JSON, its own tag, never a stale copy. */
class ProgressEncodingTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
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

    @Test
    void aClientTakingGzipGetsTheSameJsonCompressedUnderItsOwnTag() throws Exception {
        HttpResponse<byte[]> plain = get(null, null);
        HttpResponse<byte[]> gzip = get("gzip, deflate, br", null);

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzip.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        assertThat(gzip.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(plain.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Encoding"));
        assertThat(gunzip(gzip.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(gzip.body().length).isLessThan(plain.body().length);

        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipTag).isNotEqualTo(plainTag);
        assertThat(get("gzip", gzipTag).statusCode()).isEqualTo(304);
        assertThat(get(null, plainTag).statusCode()).isEqualTo(304);
        // A tag names one coding: the other coding is another representation, sent in full.
        assertThat(get(null, gzipTag).statusCode()).isEqualTo(200);
        assertThat(get("gzip", plainTag).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientRefusingGzipGetsPlainJson() throws Exception {
        for (String refusal : List.of("gzip;q=0", "identity", "*;q=0, br")) {
            HttpResponse<byte[]> response = get(refusal, null);
            assertThat(response.headers().firstValue("Content-Encoding")).as(refusal).isEmpty();
            assertThat(ObjectMapperProvider.shared().readTree(response.body()).has("themes")).as(refusal).isTrue();
        }
    }

    @Test
    void theCompressedCopyFollowsTheCampaign() throws Exception {
        JsonNode before = ObjectMapperProvider.shared().readTree(gunzip(get("gzip", null).body()));
        tracker.interactions().log(caf.campaignId, new InteractionDraft(InteractionKind.MEETING,
                LocalDate.of(2023, 3, 2), "Deuxième rencontre à la CNAF", null, null, null, null,
                List.of(caf.ids.get("stakeholder")), List.of(), List.of(caf.ids.get("demand"))));

        HttpResponse<byte[]> after = get("gzip", null);
        assertThat(gunzip(after.body())).isEqualTo(new String(get(null, null).body(), StandardCharsets.UTF_8));
        assertThat(gunzip(after.body())).contains("2023-03-02");
        assertThat(ObjectMapperProvider.shared().readTree(gunzip(after.body()))).isNotEqualTo(before);
    }

    private static HttpResponse<byte[]> get(String acceptEncoding, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + "api/v1/campaigns/"
                + caf.slug + "/progress")).header("Authorization", "Bearer " + caf.tokens.get(Role.PARTNER));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
