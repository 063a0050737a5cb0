package org.campaigntracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
 * RFC 9110 conditional requests and OPTIONS, query parameters a route does not take, and messages that quote the
 * client's own numbers and field names back to it.
 */
class SemanticsAndMessagesTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static String coordinator;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        coordinator = caf.tokens.get(Role.COORDINATOR);
        server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults().withCorsOrigins("https://app.example"));
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    /** A fresh theme, so that each test changes its own item. */
    private static String newTheme(String title) {
        HttpResponse<String> created = http.send("POST", "/api/v1/campaigns/caf-2023/themes", coordinator,
                "{\"title\":\"" + title + "\"}", Map.of());
        assertThat(created.statusCode()).isEqualTo(201);
        return "/api/v1/campaigns/caf-2023/themes/" + Http.json(created).get("id").asLong();
    }

    private static HttpResponse<String> put(String path, String ifMatch, String title) {
        return http.send("PUT", path, coordinator, "{\"title\":\"" + title + "\"}", Map.of("If-Match", ifMatch));
    }

    @Test
    void ifMatchStarMatchesAnyExistingItem() {
        String theme = newTheme("Étoile");
        HttpResponse<String> r = put(theme, "*", "Étoile mise à jour");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("ETag")).hasValue("\"v2\"");
        assertThat(http.send("DELETE", theme, coordinator, null, Map.of("If-Match", "*")).statusCode())
                .isEqualTo(204);
    }

    @Test
    void aListOfTagsMatchesWhenAnyOfThemIsCurrent() {
        String theme = newTheme("Liste");
        assertThat(put(theme, "\"v9\", \"v1\"", "Liste 2").statusCode()).isEqualTo(200);
        assertThat(put(theme, "\"v1\",\"v2\" , W/\"v7\"", "Liste 3").statusCode()).isEqualTo(200);
        HttpResponse<String> none = put(theme, "\"v1\", \"v2\"", "Liste 4");
        assertThat(none.statusCode()).isEqualTo(412);
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        // If-Match compares strongly: a weak tag, or the partner view's tag, never matches.
        assertThat(put(theme, "W/\"v3\"", "Liste 5").statusCode()).isEqualTo(412);
        assertThat(put(theme, "\"v3-public\"", "Liste 5").statusCode()).isEqualTo(412);
        assertThat(put(theme, "\"v3\"", "Liste 5").statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingItemIs404BeforeAnyPreconditionIsJudged() {
        String missing = "/api/v1/campaigns/caf-2023/themes/999999";
        for (String ifMatch : new String[] {"*", "\"v1\"", "\"v9\", \"v1\"", "W/\"v1\""}) {
            assertThat(put(missing, ifMatch, "Absent").statusCode()).as(ifMatch).isEqualTo(404);
            assertThat(http.send("DELETE", missing, coordinator, null, Map.of("If-Match", ifMatch)).statusCode())
                    .as(ifMatch).isEqualTo(404);
        }
    }

    @Test
    void anIfMatchThatIsNoListOfTagsIs400() {
        String theme = newTheme("Mal formé");
        for (String ifMatch : new String[] {"v1", "\"v1\" \"v2\"", "**"}) {
            HttpResponse<String> r = put(theme, ifMatch, "Mal formé 2");
            assertThat(r.statusCode()).as(ifMatch).isEqualTo(400);
            assertThat(Http.json(r).get("detail").asText()).contains("If-Match");
        }
        assertThat(http.send("PUT", theme, coordinator, "{\"title\":\"x\"}", Map.of()).statusCode()).isEqualTo(428);
    }

    @Test
    void optionsIsAnsweredWithAllowWhateverTheToken() {
        String path = "/api/v1/campaigns/caf-2023/themes/" + caf.ids.get("theme");
        for (String token : new String[] {null, caf.tokens.get(Role.PARTNER), coordinator, "ct_not_a_token"}) {
            HttpResponse<String> r = http.send("OPTIONS", path, token, null, Map.of());
            assertThat(r.statusCode()).as(String.valueOf(token)).isIn(200, 204);
            assertThat(r.headers().firstValue("Allow").orElseThrow()).contains("GET").contains("PUT")
                    .contains("DELETE");
        }
        HttpResponse<String> preflight = http.send("OPTIONS", path, null, null, Map.of("Origin",
                "https://app.example", "Access-Control-Request-Method", "PUT"));
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example");
    }

    @Test
    void anUnknownQueryParameterIs400NamingTheOnesTheRouteTakes() {
        String partner = caf.tokens.get(Role.PARTNER);
        HttpResponse<String> sort = http.get("/api/v1/campaigns/caf-2023/stakeholders?sort=name", partner);
        assertThat(sort.statusCode()).isEqualTo(400);
        assertThat(sort.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(sort);
        assertThat(problem.get("detail").asText()).contains("sort")
                .contains("category, limit, min_power, offset, organisation");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("sort");

        HttpResponse<String> typo = http.send("GET", "/api/v1/campaigns/caf-2023/interactions?stakholder=3&limit=2",
                partner, null, Map.of("Accept-Language", "fr"));
        assertThat(typo.statusCode()).isEqualTo(400);
        assertThat(Http.json(typo).get("detail").asText()).startsWith("paramètre de requête inconnu : stakholder")
                .contains("stakeholder");
        assertThat(http.get("/api/v1/campaigns/caf-2023/progress?x=1", partner).statusCode()).isEqualTo(400);

        assertThat(http.get("/api/v1/campaigns/caf-2023/stakeholders?limit=2&min_power=3", partner).statusCode())
                .isEqualTo(200);
        // The calendar feed takes its token in the query; the health check and the pages take nothing to refuse.
        assertThat(http.get("/api/v1/campaigns/caf-2023/calendar.ics?token=" + coordinator, null).statusCode())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/campaigns/caf-2023/stakeholders?sort=name", null).statusCode())
                .as("no token: 401 before anything is said about parameters").isEqualTo(401);
        assertThat(http.get("/campaigns/caf-2023/home?demand=1.1", null).statusCode()).isEqualTo(200);
    }

    @Test
    void numbersInMessagesReadAsTheClientWroteThem() {
        String adviser = caf.tokens.get(Role.ADVISER);
        HttpResponse<String> year = http.get("/api/v1/campaigns/caf-2023/hatvp?year=1999", adviser);
        assertThat(year.statusCode()).isEqualTo(422);
        assertThat(Http.json(year).get("detail").asText()).isEqualTo("year must be between 2017 and 2100");

        HttpResponse<String> missing = http.get("/api/v1/campaigns/caf-2023/stakeholders/99999", adviser);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Http.json(missing).get("detail").asText()).isEqualTo("no stakeholder matches “99999”");
        HttpResponse<String> manquant = http.send("GET", "/api/v1/campaigns/caf-2023/stakeholders/1234567", adviser,
                null, Map.of("Accept-Language", "fr"));
        assertThat(Http.json(manquant).get("detail").asText()).contains("« 1234567 »");
    }

    @Test
    void fieldNamesInMessagesAreTheBodysOwn() {
        String consents = "/api/v1/campaigns/caf-2023/testimonies/" + caf.ids.get("testimony") + "/consents";
        HttpResponse<String> r = http.send("POST", consents, coordinator, "{\"use\":\"public\"}", Map.of());
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode problem = Http.json(r);
        assertThat(problem.findValuesAsText("field")).contains("givenOn").doesNotContain("given_on");
        assertThat(problem.get("detail").asText()).contains("givenOn").doesNotContain("given_on");

        HttpResponse<String> order = http.send("POST", consents, coordinator,
                "{\"use\":\"public\",\"givenOn\":\"2023-02-01\",\"expiresOn\":\"2023-01-01\"}", Map.of());
        assertThat(order.statusCode()).isEqualTo(422);
        assertThat(Http.json(order).get("detail").asText()).contains("expiresOn").contains("givenOn")
                .doesNotContain("_on");
    }

    @Test
    void aBodyOfTheWrongShapeIsNamedAsTheClientWroteItWithoutTheServersTypes() {
        String themes = "/api/v1/campaigns/caf-2023/interactions";
        HttpResponse<String> wrongType = http.send("POST", themes, coordinator,
                "{\"kind\":\"meeting\",\"participantIds\":{\"a\":1}}", Map.of());
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(Http.json(wrongType).get("detail").asText())
                .isEqualTo("the value of “participantIds” has the wrong type");
        HttpResponse<String> nested = http.send("POST", themes, coordinator,
                "{\"participantIds\":[1,\"x\"]}", Map.of("Accept-Language", "fr"));
        assertThat(Http.json(nested).get("detail").asText())
                .isEqualTo("la valeur de « participantIds[1] » n’a pas le bon type");
        HttpResponse<String> broken = http.send("POST", themes, coordinator, "{\n\"title\": ", Map.of());
        assertThat(Http.json(broken).get("detail").asText()).startsWith("the body is not valid JSON")
                .contains("(line 2");
        HttpResponse<String> unknown = http.send("POST", themes, coordinator, "{\"titre\":\"x\"}",
                Map.of("Accept-Language", "fr"));
        assertThat(Http.json(unknown).get("detail").asText()).isEqualTo("champ inconnu « titre »");
        for (HttpResponse<String> r : List.of(wrongType, nested, broken, unknown)) {
            assertThat(r.body()).doesNotContain("java.").doesNotContain("Jackson").doesNotContain("token");
        }
        HttpResponse<String> longKey = http.send("POST", themes, coordinator, "{}",
                Map.of("Idempotency-Key", "k".repeat(300)));
        assertThat(longKey.statusCode()).isEqualTo(400);
        assertThat(longKey.body()).doesNotContain("k".repeat(61)).contains("1 to 255 visible ASCII characters");
    }

    @Test
    void aRefusedRoleIsNamedInWordsInTheClientsLanguage() {
        String adviser = caf.tokens.get(Role.ADVISER);
        HttpResponse<String> en = http.send("POST", "/api/v1/campaigns/caf-2023/themes", adviser, "{\"title\":\"x\"}",
                Map.of());
        assertThat(en.statusCode()).isEqualTo(403);
        assertThat(Http.json(en).get("detail").asText())
                .isEqualTo("an adviser token may not do this; it takes: coordinator");
        HttpResponse<String> fr = http.send("POST", "/api/v1/campaigns/caf-2023/themes", adviser, "{\"title\":\"x\"}",
                Map.of("Accept-Language", "fr-FR"));
        assertThat(Http.json(fr).get("detail").asText())
                .isEqualTo("un jeton conseiller ne permet pas cette action ; il faut un jeton : coordinateur");
    }
}
