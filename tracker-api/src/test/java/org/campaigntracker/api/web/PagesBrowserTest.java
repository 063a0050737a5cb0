package org.campaigntracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.publish.PublicKind;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page on the demo's CAF campaign in a real headless Chromium, in English and French, at 1280 and 390 px, with
 * the token of each role that opens it: the expected words and values are there, and {@link PageChecks} passes.
 * One server and one browser for the whole class.
 */
class PagesBrowserTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Browser browser;
    private static PageChecks checks;
    private static Campaign caf;
    private static final Map<Role, String> TOKENS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023");
        // Two meetings still to come, four days apart: ATD Quart Monde's and the coalition's, with the director.
        long grivel = tracker.stakeholders().find(caf.id(), "grivel").id();
        long atd = tracker.stakeholders().find(caf.id(), "ATD Quart Monde").id();
        long demand = tracker.demands().findDemand(caf.id(), "1.1").id();
        tracker.interactions().contribute(caf.id(), atd, new org.campaigntracker.core.interaction.InteractionDraft(
                org.campaigntracker.core.interaction.InteractionKind.MEETING, java.time.LocalDate.now().plusDays(10),
                "Rendez-vous d’ATD Quart Monde à la CNAF", null, null, null, null, List.of(grivel), List.of(),
                List.of(demand)));
        tracker.interactions().log(caf.id(), org.campaigntracker.core.interaction.InteractionDraft.of(
                org.campaigntracker.core.interaction.InteractionKind.MEETING, java.time.LocalDate.now().plusDays(14),
                "Suivi avec la direction de la CNAF", List.of(grivel)));
        for (Role role : Role.values()) {
            TOKENS.put(role, tracker.tokens().create(caf.id(), role, role.wire() + " page test", null).value());
        }
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

    private static URI url(String page, Role role, String lang) {
        return server.baseUri().resolve("campaigns/" + caf.slug() + "/" + page + "?lang=" + lang + "#token="
                + TOKENS.get(role));
    }

    /** Page, role, language, and words the page must show in that language. */
    static Stream<Arguments> pages() {
        List<Arguments> all = new ArrayList<>();
        for (int width : new int[] {1280, 390}) {
            all.add(Arguments.of("", Role.PARTNER, "en", width, List.of("Pages of this campaign", "partner token",
                    "Not with your token: the map names people", "Overview")));
            all.add(Arguments.of("", Role.ADVISER, "fr", width, List.of("Pages de la campagne", "jeton conseil",
                    "Cartographie", "Registre", "Couverture presse")));
            all.add(Arguments.of("home", Role.PARTNER, "en", width, List.of("Overview", "Progress by theme and demand",
                    "1 — Sortir de l’illégalité", "Directeur général, CNAF: hesitant", "committed verbally",
                    "Next milestones", "Document ressource pour les décideurs", "Latest coverage", "France Inter",
                    "Signature de la COG État–CNAF, 1 July 2023", "Mobilisation", "Appel commun pour une COG responsable",
                    "joint appeal — 80 signatures as of 1 April 2023", "Meetings planned",
                    "Rendez-vous d’ATD Quart Monde à la CNAF", "ATD Quart Monde goes", "To raise: 1.1",
                    "Double ask: ATD Quart Monde meets them on")));
            all.add(Arguments.of("home", Role.ADVISER, "fr", width, List.of("Vue d’ensemble", "Nicolas Grivel — Directeur général, CNAF",
                    "engagement oral", "Prochains jalons", "Dernières retombées presse", "le 1 juillet 2023",
                    "appel commun — 80 signatures au 1 avril 2023", "10 sans position connue", "Rencontres prévues",
                    "y va : la coalition", "Double sollicitation : la coalition les rencontre le")));
            all.add(Arguments.of("map", Role.ADVISER, "en", width, List.of("Stakeholder map", "Power × stance",
                    "the campaign’s last recorded contact", "Targets no ally can reach", "coalition member")));
            all.add(Arguments.of("map", Role.COORDINATOR, "fr", width, List.of("Cartographie des parties prenantes",
                    "Pouvoir × position", "Angles morts", "membre de la coalition")));
            all.add(Arguments.of("ledger", Role.ADVISER, "en", width, List.of("Demand × target ledger",
                    "1 — Sortir de l’illégalité des pratiques et des contrôles", "committed verbally", "Nicolas Grivel (CNAF)",
                    "No position recorded yet for:", "4 demands: 1 hesitant, 3 unknown", "first position → hesitant")));
            all.add(Arguments.of("ledger", Role.ADVISER, "fr", width, List.of("Registre revendications × cibles",
                    "engagement oral", "4 revendications : 1 hésitant, 3 sans position connue", "première position")));
            all.add(Arguments.of("coverage", Role.ADVISER, "en", width, List.of("Press coverage",
                    "6 press items; their audience is unknown", "France Inter (1)", "favourable (6)", "Per theme and demand",
                    "What the campaign sent, and the coverage it led to", "press kit", "99 days", "Mediapart",
                    "joint appeal", "80 on 01/04/2023", "not yet")));
            all.add(Arguments.of("coverage", Role.COORDINATOR, "fr", width, List.of("Couverture presse", "6 articles",
                    "favorable (6)", "Par thème et revendication", "inconnue",
                    "Ce que la campagne a envoyé, et les retombées obtenues", "dossier de presse", "99 jours",
                    "appel commun", "80 au 01/04/2023", "pas encore")));
            all.add(Arguments.of("log", Role.COORDINATOR, "en", width, List.of("Log a meeting", "Who was met", "Our attendees",
                    "Demands discussed", "Summary", "Save")));
            all.add(Arguments.of("log", Role.COORDINATOR, "fr", width, List.of("Noter une rencontre", "Personnes rencontrées",
                    "Nos participants", "Résumé", "Enregistrer")));
            all.add(Arguments.of("publish", Role.COORDINATOR, "en", width, List.of("Public page",
                    "Closed: nobody outside the team can read it yet.", "Open the public page", "Commitments",
                    "Nicolas Grivel (CNAF) — 3.2: committed verbally (17/01/2023)", "due 31/03/2023 (late)", "France Inter",
                    "Mobilisation", "Appel commun pour une COG responsable: ", "Preview")));
            all.add(Arguments.of("publish", Role.COORDINATOR, "fr", width, List.of("Page publique",
                    "Ouvrir la page publique", "Engagements", "Nicolas Grivel (CNAF) — 3.2 : engagement oral (17/01/2023)",
                    "Retombées presse", "Jalons", "(prévu)", "Aperçu")));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1} in {2} at {3} px")
    @MethodSource("pages")
    void everyPageReadsWellWorksAndPassesTheChecks(String page, Role role, String lang, int width, List<String> words) {
        checks.open(url(page, role, lang), width);
        assertThat(browser.script("return document.body.dataset.state;").asText()).as("page state").isEqualTo("ready");
        assertThat(checks.text()).contains(words);
        checks.check((page.isEmpty() ? "index" : page) + "-" + role.wire() + "-" + lang + "-" + width, width);
    }

    @Test
    void aPartnerIsToldWhyThePagesForAdvisersAreClosedAndTheNavigationOffersOnlyItsOwn() {
        checks.open(url("ledger", Role.PARTNER, "en"), 1280);
        assertThat(browser.script("return document.body.dataset.state;").asText()).isEqualTo("error");
        assertThat(checks.text()).contains("Your token’s role may not open this page.").doesNotContain("Grivel");
        browser.waitFor("document.querySelectorAll('#pages a').length > 0", PageChecks.WAIT);
        assertThat(browser.script("return Array.from(document.querySelectorAll('#pages a'), a => a.textContent).join('|');")
                .asText()).isEqualTo("All pages|Overview");
        checks.open(url("log", Role.ADVISER, "fr"), 390);
        assertThat(checks.text()).contains("il faut un jeton de coordination");
        assertThat(browser.script("return document.getElementById('log').hidden;").asBoolean()).isTrue();
        checks.check("log-adviser-refused-fr-390", 390);
    }

    @Test
    void aCoordinatorTicksACommitmentSeesItInThePreviewAndOpensThePage() throws Exception {
        long commitment = ((Number) tracker.dsl().fetchValue("select min(id) from commitment where campaign_id = "
                + caf.id())).longValue();
        try {
            checks.open(url("publish", Role.COORDINATOR, "en"), 1280);
            browser.waitFor("(document.getElementById('frame').srcdoc || '').indexOf('Commitments') >= 0", PageChecks.WAIT);
            assertThat(browser.script("return document.getElementById('frame').srcdoc;").asText())
                    .doesNotContain("id=\"commitment-" + commitment + "\"");
            browser.click(browser.find("#commitments-" + commitment));
            browser.waitFor("document.getElementById('frame').srcdoc.indexOf('id=\"commitment-" + commitment
                    + "\"') >= 0", PageChecks.WAIT);
            assertThat(checks.text()).contains("Now public: Nicolas Grivel (CNAF)");
            assertThat(tracker.publish().marked(caf.id(), PublicKind.commitment)).containsExactly(commitment);
            assertThat(tracker.publish().publishedAt(caf.id())).isNull();

            browser.click(browser.find("#toggle"));
            browser.waitFor("document.getElementById('state').textContent.indexOf('Open since') === 0", PageChecks.WAIT);
            assertThat(tracker.publish().publishedAt(caf.id())).isNotNull();
            assertThat(browser.script("return document.getElementById('address').getAttribute('href');").asText())
                    .isEqualTo("/p/caf-cog-2023?lang=en");
            checks.check("publish-coordinator-opened-en-1280", 1280);
            // Reloaded, the page shows what the server holds: the tick stays.
            checks.open(url("publish", Role.COORDINATOR, "fr"), 390);
            assertThat(browser.script("return document.getElementById('commitments-" + commitment + "').checked;")
                    .asBoolean()).isTrue();
            assertThat(checks.text()).contains("Ouverte depuis le").contains("Fermer la page publique");
        } finally {
            tracker.publish().unpublish(caf.id());
            tracker.publish().mark(caf.id(), PublicKind.commitment, commitment, false);
        }
    }

    @Test
    void theBareCampaignAddressLeadsToTheIndexKeepingTheToken() {
        checks.open(server.baseUri().resolve("campaigns/" + caf.slug() + "#token=" + TOKENS.get(Role.ADVISER)), 1280);
        assertThat(browser.script("return location.pathname;").asText()).isEqualTo("/campaigns/" + caf.slug() + "/");
        assertThat(browser.script("return document.querySelectorAll('#list a').length;").asInt()).isEqualTo(4);
    }
}
