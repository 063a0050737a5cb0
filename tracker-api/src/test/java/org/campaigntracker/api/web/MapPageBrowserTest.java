package org.campaigntracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The map page in a real headless Chromium, on the demo's CAF campaign. Screenshots go to target/screenshots. */
class MapPageBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SHOTS = Path.of("target", "screenshots");

    private static Tracker tracker;
    private static ApiServer server;
    private static Browser browser;
    private static Campaign caf;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023");
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

    private static void open(Role role, String query) {
        String token = tracker.tokens().create(caf.id(), role, role.wire() + " browser test", null).value();
        browser.open(URI.create(server.baseUri() + "campaigns/" + caf.slug() + "/map" + query + "#token=" + token)
                .normalize());
    }

    @Test
    void anAdviserSeesEveryStakeholderFiltersThemAndOpensCardsByMouseAndKeyboard() {
        int stakeholders = tracker.stakeholders().list(caf.id()).size();
        open(Role.ADVISER, "");
        browser.waitFor("document.body.dataset.state === 'ready'", WAIT);

        assertThat(browser.script("return document.querySelectorAll('#grid .mark').length;").asInt())
                .isEqualTo(stakeholders).isGreaterThan(10);
        assertThat(browser.script("return document.getElementById('count').dataset.shown;").asInt())
                .isEqualTo(stakeholders);
        // The token left the address bar as soon as the page read it.
        assertThat(browser.script("return location.href;").asText()).doesNotContain("token");

        browser.type(browser.find("#f-search"), "grivel");
        browser.waitFor("document.querySelectorAll('#grid .mark').length === 1", WAIT);
        assertThat(browser.script("return document.getElementById('count').textContent;").asText())
                .isEqualTo("1 of " + stakeholders + " stakeholders shown.");
        browser.click(browser.find("#grid .mark circle"));
        browser.waitFor("!document.getElementById('card').hidden", WAIT);
        String card = browser.script("return document.getElementById('card').textContent;").asText();
        assertThat(card).contains("Nicolas Grivel", "Directeur général", "Influence paths to them", "→",
                "Access4 — knows our issues (17/01/2023)", "Held byValérie", "Contact every30 days",
                "Access over time", "01/11/2022 — 2 — knows of us — Courrier de demande");
        browser.screenshot(java.nio.file.Path.of("target", "screenshots", "map-card-adviser-en.png"));

        // Who can we reach at 4 or more: Grivel and Collombat only (the others were never rated).
        browser.script("var s = document.getElementById('f-search'); s.value = '';"
                + "s.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.script("var a = document.getElementById('f-access'); a.value = '4';"
                + "a.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.waitFor("document.querySelectorAll('#grid .mark').length === 2", WAIT);
        browser.script("var a = document.getElementById('f-access'); a.value = '0';"
                + "a.dispatchEvent(new Event('input', {bubbles: true}));");

        browser.script("var s = document.getElementById('f-search'); s.value = '';"
                + "s.dispatchEvent(new Event('input', {bubbles: true}));");
        browser.script("var c = document.getElementById('f-category'); c.value = 'direct_target';"
                + "c.dispatchEvent(new Event('input', {bubbles: true}));");
        int targets = browser.script("return document.querySelectorAll('#grid .mark').length;").asInt();
        assertThat(targets).isPositive().isLessThan(stakeholders);

        // Keyboard: focus a mark and press Enter.
        String mark = browser.find("#grid .mark[tabindex='0']");
        String id = browser.script("return arguments[0].dataset.id;", Browser.element(mark)).asText();
        browser.type(mark, "\uE007");
        browser.waitFor("document.getElementById('card').dataset.stakeholder === '" + id + "'", WAIT);

        browser.waitFor("document.body.dataset.network === 'ready'", WAIT);
        assertThat(browser.script("return document.querySelectorAll('#network line.edge').length;").asInt())
                .isEqualTo(tracker.relationships().list(caf.id()).size());
        browser.screenshot(SHOTS.resolve("map-adviser.png"));
        assertThat(SHOTS.resolve("map-adviser.png")).isNotEmptyFile();
    }

    @Test
    void thePageSpeaksFrench() {
        open(Role.COORDINATOR, "?lang=fr");
        browser.waitFor("document.body.dataset.state === 'ready'", WAIT);
        assertThat(browser.script("return document.getElementById('gaps-title').textContent;").asText())
                .isEqualTo("Angles morts");
        assertThat(browser.script("return document.getElementById('count').textContent;").asText())
                .contains("parties prenantes affichées");
        // The navigation's words come from app.js, shared by every page; a coordinator may open every page.
        browser.waitFor("document.querySelectorAll('#pages a').length === 7", WAIT);
        assertThat(browser.script("return Array.from(document.querySelectorAll('#pages a'), a => a.textContent).join('|');")
                .asText()).isEqualTo("Toutes les pages|Vue d’ensemble|Cartographie|Registre|Couverture presse|Noter une rencontre|Page publique");
        assertThat(browser.script("return document.querySelector('nav').getAttribute('aria-label');").asText())
                .isEqualTo("Pages");
    }

    @Test
    void aPartnerGetsNoMapAndNoPersonalData() {
        open(Role.PARTNER, "");
        browser.waitFor("document.body.dataset.state === 'error'", WAIT);
        String text = browser.script("return document.body.innerText;").asText();
        assertThat(text).contains("for advisers and coordinators").doesNotContain("Grivel");
        assertThat(browser.script("return document.querySelectorAll('.mark').length;").asInt()).isZero();
        browser.screenshot(SHOTS.resolve("map-partner.png"));
    }
}
