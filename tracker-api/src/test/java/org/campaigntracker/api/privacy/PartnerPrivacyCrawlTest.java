package org.campaigntracker.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.api.TrackerApplication;
import org.campaigntracker.api.docs.Route;
import org.campaigntracker.api.security.Allow;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.privacy.Classification;
import org.campaigntracker.core.privacy.ColumnClass;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over the demo data: every route a partner may call, with every id its lists show, answers none of the values the
 * classification hides from partners (names of people, contacts, stories, notes, identities), and a withdrawn
 * consent takes a testimony out of the very next response.
 */
class PartnerPrivacyCrawlTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static String partner;
    private static long caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023").id();
        partner = tracker.tokens().create(caf, Role.PARTNER, "Secours catholique", null).value();
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void noPartnerResponseHoldsAClassifiedValue() {
        Set<String> secrets = hiddenValues();
        assertThat(secrets).as("the demo must give the crawl something to look for")
                .contains("Nicolas Grivel", "b.collombat@radiofrance.example", "+33 6 00 00 00 42",
                        "Isabelle Morel", "Karim Benali", "Joignable via le groupe d’écoute de Changer de Cap",
                        // A journalist is named like any person; a press summary is the team's own text, and this
                        // one names a witness whose testimony has no public consent.
                        "Benoît Collombat", "Communiqué accompagnant l’appel commun, avec le témoignage de Valentin.");
        List<String> leaks = new ArrayList<>();
        int pages = 0;
        List<String> paths = partnerPaths();
        assertThat(paths).as("every press item is read one by one")
                .filteredOn(p -> p.matches(".*/press-items/\\d+"))
                .hasSize(Http.json(http.get("/api/v1/campaigns/caf-cog-2023/press-items?limit=100", partner))
                        .get("items").size()).isNotEmpty();
        for (String path : paths) {
            HttpResponse<String> r = http.get(path, partner);
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            pages++;
            secrets.stream().filter(r.body()::contains).forEach(s -> leaks.add(path + " shows " + s));
        }
        assertThat(pages).isGreaterThan(40);
        assertThat(leaks).isEmpty();
    }

    @Test
    void aPressItemShowsAPartnerNoTestimonyAndItsQuotedPeopleOnlyByPublicRole() {
        String list = "/api/v1/campaigns/caf-cog-2023/press-items";
        JsonNode items = Http.json(http.get(list + "?limit=100", partner)).get("items");
        JsonNode investigation = null;
        for (JsonNode item : items) {
            assertThat(item.has("journalist") || item.has("summary") || item.has("testimonyIds")).as(item.toString())
                    .isFalse();
            if (item.get("title").asText().startsWith("Quand des algorithmes notent les allocataires de la Caf")
                    && item.get("quotedStakeholderIds").size() == 2) {
                investigation = item;
            }
        }
        assertThat(investigation).as("the investigation that quotes its own journalist").isNotNull();
        HttpResponse<String> one = http.get(list + "/" + investigation.get("id").asLong(), partner);
        assertThat(one.headers().firstValue("ETag").orElseThrow()).endsWith("-public\"");
        for (JsonNode quoted : Http.json(one).get("quotedStakeholderIds")) {
            JsonNode who = Http.json(http.get("/api/v1/campaigns/caf-cog-2023/stakeholders/" + quoted.asLong(),
                    partner));
            assertThat(who.toString()).doesNotContain("Collombat");
        }
        String adviser = tracker.tokens().create(caf, Role.ADVISER, "Conseil juridique", null).value();
        assertThat(http.get(list + "/" + investigation.get("id").asLong(), adviser).body())
                .contains("\"journalist\":\"Benoît Collombat\"");
    }

    @Test
    void aWithdrawnPublicConsentDisappearsFromTheNextResponse() {
        long karim = tracker.testimonies().find(caf, "Karim").id();
        String list = "/api/v1/campaigns/caf-cog-2023/testimonies";
        assertThat(http.get(list, partner).body()).doesNotContain("Travailleur saisonnier");
        tracker.testimonies().giveConsent(caf, karim, ConsentDraft.of(ConsentUse.PUBLIC, LocalDate.now()));
        assertThat(http.get(list, partner).body()).contains("Travailleur saisonnier").contains("\"pseudonym\":\"Karim\"")
                .doesNotContain("Karim Benali");
        assertThat(http.get(list + "/" + karim, partner).statusCode()).isEqualTo(200);

        tracker.testimonies().withdrawConsent(caf, karim, ConsentUse.PUBLIC, LocalDate.now());
        assertThat(http.get(list, partner).body()).doesNotContain("Travailleur saisonnier");
        assertThat(http.get(list + "/" + karim, partner).statusCode()).isEqualTo(404);
    }

    @Test
    void theAuditListsTestimonyReadsWithTheReader() {
        String adviser = tracker.tokens().create(caf, Role.ADVISER, "Conseil juridique", null).value();
        long isabelle = tracker.testimonies().find(caf, "Isabelle").id();
        String base = "/api/v1/campaigns/caf-cog-2023/testimonies/";
        assertThat(http.get(base + isabelle, adviser).statusCode()).isEqualTo(200);
        assertThat(http.get(base + isabelle + "/identity", adviser).body()).contains("Isabelle Morel");
        assertThat(http.get(base + isabelle + "/identity", partner).statusCode()).isEqualTo(403);

        var events = tracker.audit().list(caf, null, null, 20);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("testimony_identity");
            assertThat(e.actor().name()).endsWith("Conseil juridique");
            assertThat(e.via()).isEqualTo("GET /api/v1/campaigns/{slug}/testimonies/{testimonyId}/identity");
            assertThat(e.recordIds()).containsExactly(isabelle);
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("testimony");
            assertThat(e.via()).isEqualTo("GET /api/v1/campaigns/{slug}/testimonies/{id}");
            assertThat(e.actor().kind()).isEqualTo("token");
        });
        assertThat(events).noneSatisfy(e -> assertThat(e.toString()).contains("Isabelle Morel"));
    }

    /** Every GET route partners may call; item routes once per id their collection lists. */
    private static List<String> partnerPaths() {
        List<String> paths = new ArrayList<>();
        for (Route route : Route.of(new TrackerApplication(tracker))) {
            Allow allow = route.handler().getAnnotation(Allow.class);
            if (!route.method().equals("GET") || allow == null || !List.of(allow.value()).contains(Role.PARTNER)) {
                continue;
            }
            String path = route.path().replace("{slug}", "caf-cog-2023");
            if (!path.contains("/{id}")) {
                paths.add(path);
                continue;
            }
            // An item, or a list under an item (a mobilisation's counts): every item the collection lists.
            String collection = path.substring(0, path.indexOf("/{id}"));
            String under = path.substring(path.indexOf("/{id}") + "/{id}".length());
            JsonNode items = Http.json(http.get(collection + "?limit=100", partner)).path("items");
            items.forEach(item -> paths.add(collection + "/" + item.path("id").asLong() + under));
        }
        return paths;
    }

    /**
     * The values of every column hidden from partners, decrypted; minus those a partner-visible column also holds,
     * whole or in part (a town named in a meeting's title and in its private "place" is not a leak of the place).
     */
    private static Set<String> hiddenValues() {
        Set<String> hidden = new HashSet<>();
        Set<String> visible = new HashSet<>();
        for (ColumnClass c : Classification.all()) {
            boolean text = tracker.dsl().fetchValue("select data_type from information_schema.columns where "
                    + "table_schema || '.' || table_name in (?, ?) and column_name = ?", "public." + c.table(),
                    c.table(), c.column()).toString().equals("text");
            if (!text) {
                continue;
            }
            boolean secret = Classification.hiddenFrom(Role.PARTNER).contains(c);
            // Rows outside personalWhere (an organisation's name) are as visible as an unclassified column.
            for (boolean personal : List.of(true, false)) {
                String where = personal ? c.personalWhere() : "not (" + c.personalWhere() + ")";
                for (Object v : tracker.dsl().fetchValues("select " + c.column() + " from " + c.table() + " where "
                        + where + " and " + c.column() + " is not null")) {
                    String value = c.sealed() ? tracker.sealer().open(c.qualifiedName(), v.toString()) : v.toString();
                    (secret && personal ? hidden : visible).add(value);
                }
            }
        }
        hidden.removeIf(h -> visible.stream().anyMatch(v -> v.contains(h)));
        hidden.removeIf(v -> v.length() < 5);
        return hidden;
    }
}
