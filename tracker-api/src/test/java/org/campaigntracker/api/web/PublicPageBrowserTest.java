package org.campaigntracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.publish.PublicDemo;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public page of the demo's CAF campaign, everything published, in a real headless Chromium: English and French,
 * 1280 and 390 px, the snippet; {@link PageChecks} (no error, no sideways scrolling on a phone, no serious axe-core
 * violation, nothing from another origin) and a screenshot of each under target/screenshots.
 */
class PublicPageBrowserTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Browser browser;
    private static PageChecks checks;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        PublicDemo.publishEverything(tracker);
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        browser = Browser.start();
        checks = new PageChecks(browser);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        tracker.close();
    }

    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            all.add(Arguments.of("p/caf-cog-2023?lang=en", "public-en-" + width, width, List.of("Commitments",
                    "Nicolas Grivel, Directeur général (CNAF)", "Written confirmation", "Positions of the decision makers",
                    "Our demands", "Coverage", "Atom feed of changes", "Last updated")));
            all.add(Arguments.of("p/caf-cog-2023?lang=fr", "public-fr-" + width, width, List.of("Engagements",
                    "Confirmation écrite", "Positions des décideurs", "Nos revendications", "Retombées presse",
                    "Dernière mise à jour")));
            all.add(Arguments.of("p/caf-cog-2023/embed.html", "public-embed-" + width, width,
                    List.of("Page complète")));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pages")
    void thePublicPageReadsWellAndPassesTheChecks(String path, String name, int width, List<String> words) {
        checks.open(server.baseUri().resolve(path), width);
        assertThat(checks.text()).contains(words);
        checks.check(name, width);
    }

    @Test
    void interactiveWithinOneSecond() {
        checks.open(server.baseUri().resolve("p/caf-cog-2023"), 1280);
        checks.open(server.baseUri().resolve("p/caf-cog-2023"), 1280);
        double interactive = browser.script("var t = performance.getEntriesByType('navigation')[0];"
                + " return t.domInteractive - t.startTime;").asDouble();
        assertThat(interactive).isLessThan(1000);
    }

    @Test
    void aPermalinkLeadsToItsCommitment() {
        long id = ((Number) tracker.dsl().fetchValue("select min(c.id) from commitment c join campaign k "
                + "on k.id = c.campaign_id where k.slug = 'caf-cog-2023'")).longValue();
        checks.open(server.baseUri().resolve("p/caf-cog-2023?lang=en#commitment-" + id), 390);
        assertThat(browser.script("return document.querySelector(':target').id;").asText())
                .isEqualTo("commitment-" + id);
    }
}
