package org.campaigntracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a partner token reads, field by field: no names of people, no private text, no contact points. */
class PartnerViewTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static String partner;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
        partner = caf.tokens.get(Role.PARTNER);
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void aPersonIsShownByFunctionAndOrganisationOnly() {
        JsonNode grivel = read("/stakeholders/" + caf.ids.get("stakeholder"));
        assertThat(fields(grivel)).containsExactlyInAnyOrder("id", "kind", "function", "organisationId",
                "organisationName", "category", "version");
        assertThat(grivel.get("function").asText()).isEqualTo("Directeur général");
        assertThat(grivel.get("organisationName").asText()).isEqualTo("CNAF");
        JsonNode cnaf = read("/stakeholders/" + caf.ids.get("organisation"));
        assertThat(fields(cnaf)).containsExactlyInAnyOrder("id", "kind", "name", "category", "version");
        assertThat(cnaf.get("name").asText()).isEqualTo("CNAF");
    }

    @Test
    void anInteractionShowsItsPublicSummaryOnly() {
        JsonNode meeting = read("/interactions/" + caf.ids.get("interaction"));
        assertThat(fields(meeting)).containsExactlyInAnyOrder("id", "kind", "occurredOn", "title", "publicSummary",
                "participantIds", "demandIds", "status", "contributed", "version");
        assertThat(meeting.get("publicSummary").asText()).isEqualTo("La coalition a présenté ses exigences.");
    }

    @Test
    void aPositionLosesItsNote() {
        JsonNode position = read("/positions/" + caf.ids.get("position"));
        assertThat(fields(position)).containsExactlyInAnyOrder("id", "stakeholderId", "demandId", "level",
                "statedOn", "evidenceInteractionId", "createdAt", "version");
    }

    @Test
    void progressNamesNoPerson() {
        JsonNode target = read("/progress").at("/themes/0/demands/0/targets/0");
        assertThat(fields(target)).containsExactlyInAnyOrder("stakeholderId", "kind", "function", "organisation",
                "level", "since", "evidenceInteraction");
        assertThat(target.get("function").asText()).isEqualTo("Directeur général");
        assertThat(target.get("organisation").asText()).isEqualTo("CNAF");
        assertThat(target.at("/evidenceInteraction/title").asText()).isEqualTo("Rencontre avec la direction de la CNAF");
    }

    @Test
    void noReadableResponseHoldsPrivateTextOrAName() {
        List<String> leaks = new ArrayList<>();
        for (String path : List.of("", "/progress", "/activity", "/themes", "/demands", "/stakeholders",
                "/interactions", "/positions", "/press-items", "/milestones")) {
            HttpResponse<String> r = http.get("/api/v1/campaigns/caf-2023" + path, partner);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            for (String secret : List.of("PRIVATE", "Grivel", "private.grivel", "Valérie")) {
                if (r.body().contains(secret)) {
                    leaks.add(path + " shows " + secret);
                }
            }
            assertThat(r.headers().firstValue("Cache-Control")).as(path).contains("no-store");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void personalDataResourcesAreForbidden() {
        String stakeholder = "/stakeholders/" + caf.ids.get("stakeholder");
        for (String path : List.of(stakeholder + "/contact-points",
                stakeholder + "/contact-points/" + caf.ids.get("contactPoint"), "/relationships", "/commitments",
                "/follow-ups")) {
            assertThat(http.get("/api/v1/campaigns/caf-2023" + path, partner).statusCode()).as(path).isEqualTo(403);
        }
    }

    @Test
    void anAdviserSeesEverything() {
        JsonNode grivel = Http.json(http.get("/api/v1/campaigns/caf-2023/stakeholders/" + caf.ids.get("stakeholder"),
                caf.tokens.get(Role.ADVISER)));
        assertThat(grivel.get("name").asText()).isEqualTo("Nicolas Grivel");
        assertThat(grivel.get("notes").asText()).startsWith("PRIVATE");
    }

    private static JsonNode read(String path) {
        HttpResponse<String> r = http.get("/api/v1/campaigns/caf-2023" + path, partner);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return Http.json(r);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
