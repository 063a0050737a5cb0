package org.campaigntracker.api.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploads of an invitation and an e-mail over HTTP, as the phone form and partners' programs send them. */
class InteractionImportApiTest {

    private static final String ICS = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Changer de Cap//Agenda//FR\r
            BEGIN:VEVENT\r
            UID:cog-2023-cnaf-dg@changerdecap.net\r
            DTSTAMP:20230105T090000Z\r
            DTSTART;TZID=Europe/Paris:20230117T100000\r
            SUMMARY:Rencontre avec le directeur général de la CNAF\r
            LOCATION:CNAF\\, Paris\r
            ORGANIZER;CN=Valérie:mailto:valerie@changerdecap.net\r
            ATTENDEE;CN=Direction générale:mailto:PRIVATE.grivel@cnaf.fr\r
            ATTENDEE;CN=Marie Dupont:mailto:m.dupont@secours-catholique.org\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;
    private static final String EML = """
            Message-ID: <20230112093000.4242@cnaf.fr>\r
            Date: Thu, 12 Jan 2023 09:30:00 +0100\r
            From: Nicolas Grivel <private.grivel@cnaf.fr>\r
            To: =?UTF-8?Q?Val=C3=A9rie?= <valerie@changerdecap.net>\r
            Subject: =?UTF-8?Q?Confirmation_de_la_r=C3=A9union?=\r
            Content-Type: text/plain; charset=UTF-8\r
            Content-Transfer-Encoding: quoted-printable\r
            \r
            Je vous confirme notre r=C3=A9union du 17 janvier.\r
            """;

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;
    private static ApiFixture caf;
    private static String path;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
        path = "/api/v1/campaigns/caf-2023/interactions/import";
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    private static HttpResponse<String> upload(String query, Role role, String type, String body) {
        return http.send("POST", path + query, caf.tokens.get(role), body, Map.of("Content-Type", type));
    }

    private static int interactions() {
        return tracker.interactions().list(caf.campaignId, InteractionFilter.all(), Page.first(100)).size();
    }

    @Test
    void aDryRunAnswersThePlanThenTheUploadLogsOnceAndAgainIsAlreadyImported() {
        int before = interactions();
        HttpResponse<String> dry = upload("?dryRun=true", Role.COORDINATOR, "text/calendar", ICS);
        assertThat(dry.statusCode()).as(dry.body()).isEqualTo(200);
        JsonNode plan = Http.json(dry);
        assertThat(plan.get("dryRun").asBoolean()).isTrue();
        assertThat(plan.at("/items/0/status").asText()).isEqualTo("log");
        assertThat(plan.at("/items/0/interactionId").isMissingNode()).isTrue();
        assertThat(plan.at("/items/0/participantIds/0").asLong()).isEqualTo(caf.ids.get("stakeholder"));
        assertThat(plan.at("/items/0/attendeeIds/0").asLong()).isEqualTo(caf.ids.get("member"));
        assertThat(plan.at("/unmatched/0/email").asText()).isEqualTo("m.dupont@secours-catholique.org");
        assertThat(interactions()).isEqualTo(before);

        HttpResponse<String> logged = upload("", Role.COORDINATOR, "text/calendar; charset=utf-8", ICS);
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        long id = Http.json(logged).at("/items/0/interactionId").asLong();
        assertThat(tracker.interactions().get(caf.campaignId, id).place()).isEqualTo("CNAF, Paris");

        HttpResponse<String> again = upload("", Role.COORDINATOR, "text/calendar", ICS);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).at("/items/0/status").asText()).isEqualTo("already_imported");
        assertThat(interactions()).isEqualTo(before + 1);
    }

    @Test
    void anEmailIsAWrittenResponseAndAnIdempotencyKeyReplaysTheFirstAnswer() {
        Map<String, String> headers = Map.of("Content-Type", "message/rfc822", "Idempotency-Key", "eml-upload-1");
        HttpResponse<String> first = http.send("POST", path, caf.tokens.get(Role.COORDINATOR), EML, headers);
        HttpResponse<String> replay = http.send("POST", path, caf.tokens.get(Role.COORDINATOR), EML, headers);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(Http.json(first).at("/items/0/kind").asText()).isEqualTo("written_response");
        assertThat(Http.json(first).at("/items/0/title").asText()).isEqualTo("Confirmation de la réunion");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).isEqualTo(first.body());
    }

    @Test
    void partnersAndAdvisersAreRefused() {
        assertThat(upload("", Role.PARTNER, "text/calendar", ICS).statusCode()).isEqualTo(403);
        assertThat(upload("", Role.ADVISER, "message/rfc822", EML).statusCode()).isEqualTo(403);
    }

    @Test
    void badBodiesAreProblemsAndWriteNothing() {
        int before = interactions();
        HttpResponse<String> broken = upload("", Role.COORDINATOR, "text/calendar",
                ICS.replace("END:VEVENT\r\n", ""));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Http.json(broken).get("detail").asText())
                .startsWith("request body, line ").contains("not a readable calendar");

        HttpResponse<String> noDate = http.send("POST", path, caf.tokens.get(Role.COORDINATOR),
                EML.replace("Date: Thu, 12 Jan 2023 09:30:00 +0100\r\n", ""),
                Map.of("Content-Type", "message/rfc822", "Accept-Language", "fr"));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(Http.json(noDate).get("detail").asText())
                .isEqualTo("request body, en-tête Date : Date manque ; rien n’a été importé");

        HttpResponse<String> json = upload("", Role.COORDINATOR, "application/json", "{}");
        assertThat(json.statusCode()).isEqualTo(415);
        assertThat(Http.json(json).get("detail").asText()).contains("text/calendar", "message/rfc822");

        HttpResponse<String> huge = upload("", Role.COORDINATOR, "message/rfc822", EML + "x".repeat(70_000));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(interactions()).isEqualTo(before);
    }
}
