package org.campaigntracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionFilter;
import org.campaigntracker.core.interaction.Page;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The phone form at 390 px in a real headless Chromium: a meeting and its debrief logged while the network is cut
 * wait on the device, are sent once it is back, and exist exactly once, even when the form resends after losing the
 * server's answer. Bad input is answered field by field in the reader's language.
 */
class LogFormBrowserTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Browser browser;
    private static PageChecks checks;
    private static Campaign caf;
    private static String token;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023");
        token = tracker.tokens().create(caf.id(), Role.COORDINATOR, "phone form test", null).value();
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

    @AfterEach
    void online() {
        browser.offline(false);
    }

    private static void open(String lang) {
        checks.open(URI.create(server.baseUri() + "campaigns/" + caf.slug() + "/log?lang=" + lang + "#token=" + token), 390);
        assertThat(browser.script("return document.body.dataset.state;").asText()).isEqualTo("ready");
    }

    /** Types into a name field and takes the first suggestion with Enter, as a person would. */
    private static void choose(String field, String typed) {
        String input = browser.find("#f-" + field);
        browser.type(input, typed);
        browser.waitFor("!document.getElementById('l-" + field + "').hidden", PageChecks.WAIT);
        browser.type(input, "\uE015\uE007");
    }

    private static List<Interaction> meetingsWith(String summary) {
        return tracker.interactions().list(caf.id(), new InteractionFilter(null, null, null, null, null), Page.first(500))
                .stream().filter(i -> summary.equals(i.summary())).toList();
    }

    @Test
    void anInvitationIsShownAsADryRunThenLoggedOnceFromThePhone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path ics = dir.resolve("cabinet.ics");
        java.nio.file.Files.writeString(ics, String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
                "PRODID:-//Test//FR", "BEGIN:VEVENT", "UID:cabinet-phone-test@changerdecap.net",
                "DTSTAMP:20231002T090000Z", "DTSTART:20231011T123000Z", "SUMMARY:Suite au cabinet des Solidarités",
                "ORGANIZER;CN=Valérie:mailto:valerie@changerdecap.net",
                "ATTENDEE;CN=BLIN David:mailto:david.blin@solidarites.gouv.fr",
                "ATTENDEE;CN=Zoé Inconnue:mailto:zoe@example.org", "END:VEVENT", "END:VCALENDAR", ""));
        int before = tracker.interactions().list(caf.id(), org.campaigntracker.core.interaction.InteractionFilter.all(),
                org.campaigntracker.core.interaction.Page.first(500)).size();
        open("fr");
        browser.click(browser.find("#import-box summary"));
        browser.type(browser.find("#f-import"), ics.toString());
        browser.waitFor("document.querySelectorAll('#import-plan li').length >= 2", PageChecks.WAIT);
        assertThat(checks.text()).contains("Choisir un fichier", "cabinet.ics",
                "11/10/2023 — rencontre — Suite au cabinet des Solidarités", "à noter", "Inconnus : Zoé Inconnue");
        checks.check("log-import-coordinator-fr-390", 390);
        browser.click(browser.find("#import-go"));
        browser.waitFor("document.getElementById('import-plan').textContent.indexOf('1 noté(s).') >= 0",
                PageChecks.WAIT);
        assertThat(browser.script("return document.getElementById('import-go').hidden;").asBoolean()).isTrue();
        assertThat(tracker.interactions().list(caf.id(), org.campaigntracker.core.interaction.InteractionFilter.all(),
                org.campaigntracker.core.interaction.Page.first(500))).hasSize(before + 1);
    }

    @Test
    void aMeetingLoggedOfflineIsSentWhenTheNetworkReturnsAndExistsOnceEvenAfterALostAnswer() {
        open("en");
        String summary = "Offline check-in " + System.nanoTime();
        long grivel = tracker.stakeholders().find(caf.id(), "grivel").id();
        long demand = tracker.demands().findDemand(caf.id(), "3.2").id();
        int positionsBefore = tracker.positions().current(caf.id()).size();

        browser.offline(true);
        choose("with", "grivel");
        choose("demands", "3.2");
        browser.type(browser.find("#f-summary"), summary);
        browser.click(browser.find("#debrief summary"));
        browser.script("var s = document.getElementById('pos-" + grivel + "-" + demand + "'); s.value = 'committed_in_writing';");
        browser.click(browser.find("#add-commitment"));
        browser.type(browser.find("#commitments .what"), "Publish the scoring algorithm");
        browser.click(browser.find("#save"));

        browser.waitFor("document.querySelector('#outbox li[data-state=waiting]')", PageChecks.WAIT);
        assertThat(checks.text()).contains("Waiting to send", "Meeting with Nicolas Grivel (CNAF)");
        browser.fullScreenshot(PageChecks.SHOTS.resolve("log-waiting-en-390.png"));
        assertThat(meetingsWith(summary)).isEmpty();

        browser.offline(false);
        browser.waitFor("document.querySelector('#outbox li[data-state=sent]')", PageChecks.WAIT);
        List<Interaction> logged = meetingsWith(summary);
        assertThat(logged).hasSize(1);
        Interaction meeting = logged.get(0);
        assertThat(meeting.participantIds()).containsExactly(grivel);
        assertThat(meeting.demandIds()).containsExactly(demand);
        assertThat(tracker.positions().current(caf.id())).filteredOn(p -> p.stakeholderId() == grivel && p.demandId() == demand)
                .extracting(Position::evidenceInteractionId, p -> p.level().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(meeting.id(), "committed_in_writing"));
        assertThat(commitmentsOf(meeting)).hasSize(1);
        browser.fullScreenshot(PageChecks.SHOTS.resolve("log-sent-en-390.png"));

        // The answers were lost: the device only knows it sent the requests. Resending finds them and adds nothing.
        browser.script("var k = 'campaign-tracker-outbox-" + caf.slug() + "', all = JSON.parse(localStorage.getItem(k));"
                + "all.forEach(function (e) { delete e.sentAt; Object.keys(e.steps).forEach(function (s) { e.steps[s] = {attempted: true}; }); });"
                + "localStorage.setItem(k, JSON.stringify(all));");
        open("en");
        browser.waitFor("document.querySelectorAll('#outbox li[data-state=sent]').length === 1", PageChecks.WAIT);
        assertThat(meetingsWith(summary)).hasSize(1);
        assertThat(commitmentsOf(meeting)).hasSize(1);
        assertThat(tracker.positions().current(caf.id())).hasSize(positionsBefore);
        checks.check("log-after-resend-en-390", 390);
    }

    private static List<Commitment> commitmentsOf(Interaction meeting) {
        return tracker.commitments().list(caf.id(), null, null, null).stream()
                .filter(c -> meeting.id() == (c.interactionId() == null ? -1 : c.interactionId())).toList();
    }

    @Test
    void badInputIsAnsweredFieldByFieldInFrench() {
        open("fr");
        browser.type(browser.find("#f-with"), "personne inconnue");
        browser.click(browser.find("#save"));
        browser.waitFor("!document.getElementById('error-summary').hidden", PageChecks.WAIT);
        assertThat(browser.script("return document.getElementById('e-summary').textContent;").asText())
                .isEqualTo("Écrivez un résumé de la rencontre");
        assertThat(browser.script("return document.getElementById('e-with').textContent;").asText())
                .isEqualTo("Choisissez « personne inconnue » dans les suggestions, ou effacez-le");
        assertThat(browser.script("return document.activeElement.id;").asText()).isEqualTo("error-summary");
        assertThat(browser.script("return document.getElementById('f-summary').getAttribute('aria-invalid');").asText())
                .isEqualTo("true");
        checks.check("log-errors-fr-390", 390);
    }

    @Test
    void namesAreFoundWithoutAccentsCaseOrWholeWords() {
        open("en");
        browser.type(browser.find("#f-with"), "DEFENSEUR dro");
        browser.waitFor("!document.getElementById('l-with').hidden", PageChecks.WAIT);
        assertThat(browser.script("return document.querySelector('#l-with [role=option]').textContent;").asText())
                .startsWith("Défenseur des droits");
    }
}
