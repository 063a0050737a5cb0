package org.campaigntracker.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.campaigntracker.api.ApiConfig;
import org.campaigntracker.api.ApiFixture;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * The upload route's bodies are files, not JSON, so {@link ContractConformanceTest} cannot vary them: its answers
 * (dry run, created, nothing new, unreadable file, wrong media type) are checked against the contract here.
 */
class InteractionImportContractTest {

    private static final String ICS = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//t//FR",
            "BEGIN:VEVENT", "UID:contract-1@changerdecap.net", "DTSTAMP:20230105T090000Z", "DTSTART:20230117",
            "SUMMARY:Rencontre", "ATTENDEE;CN=Nicolas Grivel:mailto:someone@cnaf.fr",
            "ATTENDEE:mailto:contact@example.org", "END:VEVENT", "END:VCALENDAR", "");

    @Test
    void everyAnswerIsAsDocumented() {
        try (Tracker tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource())) {
            ApiFixture caf = new ApiFixture(tracker, "caf-2023");
            try (ApiServer server = ApiServer.start(tracker, "127.0.0.1", 0, ApiConfig.defaults())) {
                Http http = new Http(server.baseUri());
                Contract contract = new Contract(Http.json(http.get("/api/v1/openapi.json", null)));
                Contract.Operation op = contract.operation("importInteractions");
                String path = caf.concretePath(op.path());
                String token = caf.tokens.get(Role.COORDINATOR);
                Map<String, String> calendar = Map.of("Content-Type", "text/calendar");
                List<HttpResponse<String>> answers = List.of(
                        http.send("POST", path + "?dryRun=true", token, ICS, calendar),
                        http.send("POST", path, token, ICS, calendar),
                        http.send("POST", path, token, ICS, calendar),
                        http.send("POST", path, token, "BEGIN:VCALENDAR\r\nnonsense", calendar),
                        http.send("POST", path, token, "{}", Map.of()),
                        http.send("POST", path, caf.tokens.get(Role.PARTNER), ICS, calendar));

                assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 201, 200, 400, 415, 403);
                List<String> problems = new ArrayList<>();
                answers.forEach(a -> problems.addAll(contract.disagreements(op, a)));
                assertThat(problems).isEmpty();
            }
        }
    }
}
