package org.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Campaign intelligence over HTTP on the demo data. */
class IntelligenceApiTest {

    private static final String C = "/api/v1/campaigns/caf-cog-2023";
    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static String adviser;
    private static String partner;
    private static long grivel;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        long caf = tracker.campaigns().get("caf-cog-2023").id();
        adviser = tracker.tokens().create(caf, Role.ADVISER, "calendar", null).value();
        partner = tracker.tokens().create(caf, Role.PARTNER, "partner", null).value();
        grivel = tracker.stakeholders().find(caf, "grivel").id();
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void theLedgerCoverageAndStatusAreJson() {
        JsonNode ledger = Http.json(http.get(C + "/ledger", adviser));
        JsonNode row32 = null;
        for (JsonNode row : ledger.get("rows")) {
            if (row.get("code").asText().equals("3.2")) {
                row32 = row;
            }
        }
        assertThat(row32).isNotNull();
        assertThat(row32.get("best").asText()).isEqualTo("committed_verbally");
        assertThat(ledger.get("timeline")).isNotEmpty();
        assertThat(Http.json(http.get(C + "/coverage", adviser)).at("/total/items").asInt()).isEqualTo(6);

        // The demo's two commitments were due in 2023 and are still open.
        JsonNode status = Http.json(http.get(C + "/status", adviser));
        assertThat(status.get("overdueCommitments")).hasSize(2);
        assertThat(status.at("/lobbying/actions").isInt()).isTrue();
        assertThat(Http.json(http.get(C + "/commitments?overdue=true", adviser)).get("items")).hasSize(2);
        assertThat(http.get(C + "/status?days=0", adviser).statusCode()).isEqualTo(422);
        assertThat(http.get(C + "/ledger", partner).statusCode()).isEqualTo(403);
    }

    @Test
    void theCalendarIsSubscribableWithATokenInItsUrlOnly() throws Exception {
        HttpResponse<String> feed = http.get(C + "/calendar.ics?token=" + adviser, null);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/calendar"));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains("Signature de la COG", "Rencontre avec le directeur général de la CNAF");
        assertThat(http.get(C + "/calendar.ics", adviser).statusCode()).isEqualTo(200);
        assertThat(http.get(C + "/calendar.ics", null).statusCode()).isEqualTo(401);
        assertThat(http.get(C + "/calendar.ics?token=nonsense", null).statusCode()).isEqualTo(401);
        assertThat(http.get(C + "/calendar.ics?token=" + partner, null).statusCode()).isEqualTo(403);
        // Any other route ignores a token in the URL.
        assertThat(http.get(C + "/ledger?token=" + adviser, null).statusCode()).isEqualTo(401);
    }

    @Test
    void briefingsAndTheResourceDocumentAreMarkdownOrHtml() {
        String path = C + "/stakeholders/" + grivel + "/briefing";
        HttpResponse<String> html = http.send("GET", path, adviser, null, Map.of("Accept", "text/html"));
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("Rencontre avec le directeur général de la CNAF")
                .contains("written confirmation requested on Jan 24, 2023");
        HttpResponse<String> fr = http.send("GET", path, adviser, null,
                Map.of("Accept", "text/markdown", "Accept-Language", "fr"));
        assertThat(fr.body()).startsWith("# Dossier de rencontre : Nicolas Grivel (CNAF)");
        assertThat(http.get(path, adviser).body()).startsWith("# Briefing: Nicolas Grivel (CNAF)");
        assertThat(http.send("GET", path, adviser, null, Map.of("Accept", "application/json")).statusCode())
                .isEqualTo(406);
        assertThat(http.get(C + "/stakeholders/999999/briefing", adviser).statusCode()).isEqualTo(404);

        String doc = http.send("GET", C + "/resource-document", adviser, null, Map.of("Accept", "text/markdown"))
                .body();
        assertThat(doc).contains("Isabelle").doesNotContain("Valentin").doesNotContain("16 000");
    }

    @Test
    void theHatvpDeclarationIsJsonOrCsvWithoutNames() {
        HttpResponse<String> json = http.get(C + "/hatvp?year=2023", adviser);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(Http.json(json).get("actionCount").asInt()).isEqualTo(3);
        HttpResponse<String> csv = http.send("GET", C + "/hatvp?year=2023&area=Protection%20sociale", adviser, null,
                Map.of("Accept", "text/csv", "Accept-Language", "fr"));
        assertThat(csv.body().lines()).hasSize(4);
        assertThat(csv.body()).contains("Protection sociale").contains("Envoyer des pétitions");
        for (String body : List.of(json.body(), csv.body())) {
            assertThat(body).doesNotContain("Grivel").doesNotContain("Blin").doesNotContain("Bergé");
        }
        assertThat(http.get(C + "/hatvp", adviser).statusCode()).isEqualTo(422);
        assertThat(http.get(C + "/hatvp?year=2023&decision_type=treaty", adviser).statusCode()).isEqualTo(422);
    }

    @Test
    void theLedgerAndCoveragePagesAreBundledInBothLanguagesAndReadTheFieldsTheApiGives() {
        for (String page : List.of("ledger", "coverage")) {
            HttpResponse<String> html = http.get("/campaigns/caf-cog-2023/" + page, null);
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            assertThat(html.body()).contains("/assets/" + page + ".js").contains("/assets/intel.css")
                    .doesNotContain("http://").doesNotContain("https://");
            assertThat(http.get("/assets/" + page + ".js", null).body()).doesNotContain("http://")
                    .doesNotContain("https://");
        }
        assertThat(http.get("/assets/intel.css", null).statusCode()).isEqualTo(200);
        String ledgerJs = http.get("/assets/ledger.js", null).body();
        assertThat(ledgerJs).contains("app.api('ledger')").contains("Demand × target ledger")
                .contains("Registre revendications × cibles").contains("app.word('level'");
        // Positions in words, in both languages, are shared by every page.
        assertThat(http.get("/assets/app.js", null).body()).contains("'level.backtracked': 'backtracked'")
                .contains("'level.backtracked': 'retour en arrière'");
        String coverageJs = http.get("/assets/coverage.js", null).body();
        assertThat(coverageJs).contains("app.api('coverage')").contains("app.svg('rect'")
                .contains("Items per month").contains("Articles par mois");

        // The fields the scripts read are those the API sends.
        JsonNode ledger = Http.json(http.get(C + "/ledger", adviser));
        assertThat(ledger.at("/targets/0").has("label")).isTrue();
        JsonNode cell = ledger.at("/rows/0/cells/0");
        for (String field : List.of("targetId", "level", "statedOn", "backtrack")) {
            assertThat(cell.has(field)).as(field).isTrue();
            assertThat(ledgerJs).contains("." + field);
        }
        JsonNode coverage = Http.json(http.get(C + "/coverage", adviser));
        for (String field : List.of("byMonth", "outlets", "tones", "quoted", "reachUnknown", "themeCode")) {
            assertThat(coverage.at("/demands/0").has(field)).as(field).isTrue();
            assertThat(coverageJs).contains("." + field);
        }
    }
}
