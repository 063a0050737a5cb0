package org.campaigntracker.api.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.access.TokenOwner;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Partners' contributions, their rejection, the status of planned meetings, double asks and the agenda. */
class ContributionsApiTest {

    private static final String BASE = "/api/v1/campaigns/caf-2023";
    private static final String INTERACTIONS = BASE + "/interactions";
    private static final String MERGE = "application/merge-patch+json";

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static String cnaf;
    private static String unaf;
    private static String orphan;
    private static String coordinator;
    private static long grivel;
    private static long unafId;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        long c = caf.campaignId;
        unafId = tracker.stakeholders().add(c, new StakeholderDraft(StakeholderKind.organisation, "UNAF", null, null,
                StakeholderCategory.ally, 3, 1, null)).id();
        cnaf = caf.tokens.get(Role.PARTNER);
        unaf = tracker.tokens().create(c, Role.PARTNER, TokenOwner.organisation(unafId), "UNAF", null).value();
        orphan = tracker.tokens().create(c, Role.PARTNER, "no organisation", null).value();
        coordinator = caf.tokens.get(Role.COORDINATOR);
        grivel = caf.ids.get("stakeholder");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    private static String meeting(String title, LocalDate on) {
        return "{\"kind\":\"meeting\",\"occurredOn\":\"" + on + "\",\"title\":\"" + title + "\","
                + "\"summary\":\"PRIVATE " + title + "\",\"place\":\"Paris\",\"participantIds\":[" + grivel + "]}";
    }

    private static HttpResponse<String> post(String token, String body) {
        return http.send("POST", INTERACTIONS, token, body, Map.of());
    }

    private static JsonNode created(String token, String body) {
        HttpResponse<String> r = post(token, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Http.json(r);
    }

    private static String etag(String path) {
        return http.get(path, coordinator).headers().firstValue("ETag").orElseThrow();
    }

    private static void isProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aPartnerLogsItsOwnMeetingAndSeesItsNotesButNotAnothers() {
        JsonNode mine = created(cnaf, meeting("Rencontre CNAF", LocalDate.of(2023, 3, 1)));
        assertThat(mine.get("contributed").asBoolean()).isTrue();
        assertThat(mine.get("organisation").asText()).isEqualTo("CNAF");
        assertThat(mine.get("loggedBy").get("kind").asText()).isEqualTo("organisation");
        assertThat(mine.get("status").asText()).isEqualTo("held");
        assertThat(mine.get("summary").asText()).isEqualTo("PRIVATE Rencontre CNAF");
        String item = INTERACTIONS + "/" + mine.get("id").asLong();
        // Advisers see who logged it; UNAF sees it made by the CNAF, without its private notes.
        JsonNode full = Http.json(http.get(item, caf.tokens.get(Role.ADVISER)));
        assertThat(full.get("organisationId").asLong()).isEqualTo(caf.ids.get("organisation"));
        assertThat(full.get("loggedBy").get("name").asText()).isEqualTo("CNAF");
        HttpResponse<String> other = http.get(item, unaf);
        assertThat(other.body()).doesNotContain("PRIVATE").contains("\"organisation\":\"CNAF\"");
        // The same version, another organisation's view: its own tag, so a 304 never hands one view for the other.
        String ownTag = http.get(item, cnaf).headers().firstValue("ETag").orElseThrow();
        assertThat(other.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(ownTag);
        assertThat(http.send("GET", item, unaf, null, Map.of("If-None-Match", ownTag)).statusCode()).isEqualTo(200);
        // The partner's own tag works as its If-Match, for PATCH and PUT; for nobody else.
        HttpResponse<String> amended = http.send("PATCH", item, cnaf, "{\"outcome\":\"Suite\"}",
                Map.of("Content-Type", MERGE, "If-Match", ownTag));
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        String newTag = amended.headers().firstValue("ETag").orElseThrow();
        assertThat(http.send("PATCH", item, cnaf, "{\"outcome\":\"Encore\"}",
                Map.of("Content-Type", MERGE, "If-Match", ownTag)).statusCode()).isEqualTo(412);
        assertThat(http.send("PUT", item, coordinator, meeting("Rencontre CNAF", LocalDate.of(2023, 3, 1)),
                Map.of("If-Match", newTag)).statusCode()).isEqualTo(412);
        HttpResponse<String> put = http.send("PUT", item, cnaf, meeting("Rencontre CNAF", LocalDate.of(2023, 3, 1)),
                Map.of("If-Match", newTag));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    @Test
    void aPartnerCannotChangeTheCoalitionsOrAnotherOrganisationsInteraction() {
        String coalition = INTERACTIONS + "/" + caf.ids.get("interaction");
        HttpResponse<String> r = http.send("PATCH", coalition, cnaf, "{\"title\":\"Pris\"}",
                Map.of("Content-Type", MERGE, "If-Match", etag(coalition), "Accept-Language", "fr"));
        isProblem(r, 403);
        assertThat(Http.json(r).get("detail").asText()).contains("votre organisation");
        JsonNode theirs = created(unaf, meeting("Rencontre UNAF", LocalDate.of(2023, 3, 2)));
        String item = INTERACTIONS + "/" + theirs.get("id").asLong();
        isProblem(http.send("PUT", item, cnaf, meeting("Pris", LocalDate.of(2023, 3, 2)),
                Map.of("If-Match", etag(item))), 403);
        isProblem(http.send("DELETE", item, unaf, null, Map.of("If-Match", etag(item))), 403);
        HttpResponse<String> none = post(orphan, meeting("Sans organisation", LocalDate.of(2023, 3, 3)));
        isProblem(none, 403);
        assertThat(Http.json(none).get("detail").asText()).contains("no partner organisation");
        assertThat(Http.json(http.get(item, coordinator)).get("title").asText()).isEqualTo("Rencontre UNAF");
    }

    @Test
    void aCoordinatorRejectsAContributionAndReinstatesIt() {
        JsonNode c = created(unaf, meeting("À refuser", LocalDate.of(2023, 4, 1)));
        String item = INTERACTIONS + "/" + c.get("id").asLong();
        HttpResponse<String> refused = http.send("PUT", item + "/rejection", coordinator,
                "{\"reason\":\"Doublon\"}", Map.of("If-Match", etag(item)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(Http.json(refused).get("rejection").get("reason").asText()).isEqualTo("Doublon");
        // Out of the log; the partner finds it, with the reason, among its rejected ones; another partner does not.
        assertThat(http.get(INTERACTIONS + "?limit=100", coordinator).body()).doesNotContain("À refuser");
        JsonNode rejected = Http.json(http.get(INTERACTIONS + "?rejected=true", unaf));
        assertThat(rejected.get("items")).hasSize(1);
        assertThat(rejected.get("items").get(0).get("rejection").get("reason").asText()).isEqualTo("Doublon");
        assertThat(Http.json(http.get(INTERACTIONS + "?rejected=true", cnaf)).get("items")).isEmpty();
        assertThat(http.get(item, cnaf).statusCode()).isEqualTo(404);
        // Only a contribution can be rejected; a reason is needed and has a length.
        String coalition = INTERACTIONS + "/" + caf.ids.get("interaction");
        isProblem(http.send("PUT", coalition + "/rejection", coordinator, "{\"reason\":\"Non\"}",
                Map.of("If-Match", etag(coalition))), 422);
        isProblem(http.send("PUT", item + "/rejection", coordinator, "{\"reason\":\"" + "x".repeat(2001) + "\"}",
                Map.of("If-Match", etag(item))), 422);
        HttpResponse<String> back = http.send("DELETE", item + "/rejection", coordinator, null,
                Map.of("If-Match", etag(item)));
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(Http.json(back).has("rejection")).isFalse();
        assertThat(http.get(INTERACTIONS + "?limit=100", coordinator).body()).contains("À refuser");
    }

    @Test
    void aPlannedMeetingIsHeldOrCancelledButAHeldOneIsNotPlannedAgain() {
        LocalDate soon = LocalDate.now().plusDays(10);
        JsonNode planned = created(coordinator, meeting("Prévue", soon));
        assertThat(planned.get("status").asText()).isEqualTo("planned");
        String item = INTERACTIONS + "/" + planned.get("id").asLong();
        HttpResponse<String> cancelled = http.send("PATCH", item, coordinator, "{\"status\":\"cancelled\"}",
                Map.of("Content-Type", MERGE, "If-Match", etag(item)));
        assertThat(Http.json(cancelled).get("status").asText()).as(cancelled.body()).isEqualTo("cancelled");
        JsonNode held = created(coordinator, meeting("Tenue", LocalDate.of(2023, 5, 1)));
        String heldItem = INTERACTIONS + "/" + held.get("id").asLong();
        isProblem(http.send("PATCH", heldItem, coordinator, "{\"status\":\"planned\"}",
                Map.of("Content-Type", MERGE, "If-Match", etag(heldItem))), 422);
        isProblem(http.send("PATCH", heldItem, coordinator, "{\"status\":\"postponed\"}",
                Map.of("Content-Type", MERGE, "If-Match", etag(heldItem))), 422);
        assertThat(Http.json(http.get(INTERACTIONS + "?status=cancelled", coordinator)).get("items"))
                .hasSize(1);
    }

    @Test
    void aWriteAnswersWithTheDoubleAsksAndTheAgendaNamesNoPersonToPartners() {
        LocalDate on = LocalDate.now().plusDays(20);
        created(cnaf, meeting("CNAF chez le DG", on));
        JsonNode second = created(unaf, meeting("UNAF chez le DG", on.plusDays(3)));
        assertThat(second.get("doubleAsks")).hasSize(1);
        assertThat(second.get("doubleAsks").get(0).get("organisation").asText()).isEqualTo("CNAF");
        assertThat(second.get("doubleAsks").get(0).get("daysApart").asInt()).isEqualTo(3);
        HttpResponse<String> agenda = http.get(BASE + "/agenda", unaf);
        assertThat(agenda.statusCode()).as(agenda.body()).isEqualTo(200);
        assertThat(agenda.body()).contains("UNAF chez le DG", "Directeur général").doesNotContain("Grivel")
                .doesNotContain("PRIVATE");
        assertThat(http.get(BASE + "/agenda", coordinator).body()).contains("Nicolas Grivel");
        isProblem(http.get(BASE + "/agenda?from=2024-02-01&to=2024-01-01", unaf), 422);
        isProblem(http.get(BASE + "/agenda?from=2024-01-01&to=2027-01-01", unaf), 422);
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        long before = count();
        isProblem(post(coordinator, meeting("x", LocalDate.of(2023, 1, 1)).replace("\"kind\"",
                "\"status\":\"postponed\",\"kind\"")), 422);
        isProblem(post(coordinator, meeting("x", LocalDate.of(2023, 1, 1)).replace("\"kind\"",
                "\"organisationId\":" + grivel + ",\"kind\"")), 422);
        isProblem(post(unaf, meeting("x", LocalDate.of(2023, 1, 1)).replace("\"kind\"",
                "\"organisationId\":" + caf.ids.get("organisation") + ",\"kind\"")), 422);
        assertThat(count()).isEqualTo(before);
    }

    private static long count() {
        return tracker.interactions().list(caf.campaignId, InteractionFilter.all(), Page.first(500)).size();
    }
}
