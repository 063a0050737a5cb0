package org.campaigntracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * The docs page in a real headless Chromium: Swagger UI, served by the API under its own strict
 * Content-Security-Policy, renders every operation of the contract, and a reader who authorizes with a token can try
 * a call. Screenshots at desktop and phone widths go to target/screenshots.
 */
class DocsPageBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static Tracker tracker;
    private static ApiServer server;
    private static Browser browser;
    private static ApiFixture caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        caf = new ApiFixture(tracker, "caf-2023");
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        tracker.close();
    }

    @Test
    void theReferenceShowsEveryOperationAndTriesACallWithAToken() {
        Http http = new Http(server.baseUri());
        JsonNode contract = Http.json(http.get("/api/v1/openapi.json", null));
        assertThat(http.get("/api/v1/docs", null).headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self';").contains("style-src 'self';").doesNotContain("unsafe");
        assertThat(http.get("/api/v1/docs", null).body()).doesNotContain("http://").doesNotContain("https://")
                .doesNotContainPattern("<script>[^<]");
        int operations = 0;
        for (JsonNode path : contract.get("paths")) {
            for (String m : List.of("get", "post", "put", "patch", "delete")) {
                operations += path.has(m) ? 1 : 0;
            }
        }
        browser.viewport(1280, 900);
        browser.open(URI.create(server.baseUri() + "api/v1/docs"));
        // The reference opens with every tag folded (the whole API unfolded at once is more than Swagger UI renders):
        // unfolding each tag in turn shows all of its operations.
        browser.waitFor("document.querySelectorAll('.opblock-tag-section').length > 0", WAIT);
        int sections = browser.script("return document.querySelectorAll('.opblock-tag-section').length;").asInt();
        int shown = 0;
        for (int i = 0; i < sections; i++) {
            String section = "document.querySelectorAll('.opblock-tag-section')[" + i + "]";
            browser.script(section + ".querySelector('.opblock-tag').click();");
            browser.waitFor(section + ".querySelectorAll('.opblock').length > 0", WAIT);
            shown += browser.script("return " + section + ".querySelectorAll('.opblock').length;").asInt();
            browser.script(section + ".querySelector('.opblock-tag').click();");
        }
        assertThat(shown).isEqualTo(operations);
        browser.screenshot(SHOTS.resolve("docs-1280.png"));

        browser.click(browser.find(".btn.authorize"));
        browser.waitFor("document.querySelector('.auth-container input')", WAIT);
        browser.type(browser.find(".auth-container input"), caf.tokens.get(Role.PARTNER));
        browser.click(browser.find(".auth-btn-wrapper button.authorize"));
        browser.click(browser.find(".auth-btn-wrapper button.btn-done"));

        browser.script("document.querySelector('#operations-tag-campaigns').click();");
        browser.waitFor("document.querySelector('#operations-campaigns-listCampaigns')", WAIT);
        browser.click(browser.find("#operations-campaigns-listCampaigns .opblock-summary-control"));
        browser.waitFor("document.querySelector('#operations-campaigns-listCampaigns .try-out__btn')", WAIT);
        browser.click(browser.find("#operations-campaigns-listCampaigns .try-out__btn"));
        browser.click(browser.find("#operations-campaigns-listCampaigns .execute"));
        browser.waitFor("document.querySelector('#operations-campaigns-listCampaigns .live-responses-table "
                + ".response-col_status')", WAIT);
        assertThat(browser.script("return document.querySelector('#operations-campaigns-listCampaigns "
                + ".live-responses-table tbody .response-col_status').textContent.trim();").asText()).startsWith("200");
        assertThat(browser.script("return document.querySelector('#operations-campaigns-listCampaigns "
                + ".live-responses-table .microlight').textContent;").asText()).contains(caf.slug);
        browser.screenshot(SHOTS.resolve("docs-try-it-1280.png"));

        browser.viewport(390, 844);
        browser.open(URI.create(server.baseUri() + "api/v1/docs#/interactions/createInteraction"));
        browser.waitFor("document.querySelectorAll('.opblock').length > 0", WAIT);
        browser.waitFor("document.querySelector('#operations-interactions-createInteraction .parameters')", WAIT);
        assertThat(browser.script("return Array.from(document.querySelectorAll("
                + "'#operations-interactions-createInteraction .parameter__name')).map(e => e.textContent).join(' ');")
                .asText()).contains("slug").contains("Idempotency-Key");
        assertThat(browser.script("return document.documentElement.scrollWidth;").asInt()).isLessThanOrEqualTo(390);
        browser.screenshot(SHOTS.resolve("docs-390.png"));

        List<String> refused = new ArrayList<>();
        browser.consoleLog().forEach(entry -> {
            String message = entry.path("message").asText();
            if (entry.path("level").asText().equals("SEVERE") || message.contains("Content Security Policy")) {
                refused.add(message);
            }
        });
        assertThat(refused).isEmpty();
    }
}
