package org.campaigntracker.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.junit.jupiter.api.Test;

class CalendarFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-02-01T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void theDemoCalendarParsesWithAStandardLibraryAndHoldsTheExpectedEvents() throws Exception {
        Tracker tracker = TestTracker.fresh();
        DemoLoader.load(tracker);
        Campaign caf = tracker.campaigns().get("caf-cog-2023");
        String ics = tracker.calendar().ics(caf);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        List<String> summaries = events.stream()
                .map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).toList();
        assertThat(summaries).contains("Signature de la COG", "Rencontre avec le directeur général de la CNAF",
                "Relancer la CNAF pour la confirmation écrite", "Document ressource pour les décideurs");
        VEvent cog = events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .equals("Signature de la COG")).findFirst().orElseThrow();
        assertThat(cog.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20230701");
        // Offset milestones follow the deadline: 120 days before 2023-07-01.
        VEvent resource = events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .startsWith("Document ressource")).findFirst().orElseThrow();
        assertThat(resource.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(LocalDate.of(2023, 7, 1).minusDays(120).toString().replace("-", ""));
        // A planned meeting is tentative, a held one confirmed.
        assertThat(statusOf(events, "Rencontre prévue au cabinet de la ministre des Solidarités")).isEqualTo("TENTATIVE");
        assertThat(statusOf(events, "Rencontre avec le directeur général de la CNAF")).isEqualTo("CONFIRMED");
        // UIDs and contents are stable between two fetches, so subscribed calendars update events in place (DTSTAMP
        // is the time of the fetch: two fetches may straddle a second).
        assertThat(withoutStamps(tracker.calendar().ics(caf))).isEqualTo(withoutStamps(ics));
        // The private summary of a meeting never leaves through the feed.
        assertThat(ics).doesNotContain("prudence sur").doesNotContain("Prudence sur");
    }

    private static String statusOf(List<VEvent> events, String summary) {
        return events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().equals(summary))
                .findFirst().orElseThrow().getProperty(Property.STATUS).orElseThrow().getValue();
    }

    @Test
    void aMembersCalendarHoldsTheirMeetingsFollowUpsAndCommitmentsToChase() throws Exception {
        Tracker tracker = TestTracker.fresh();
        DemoLoader.load(tracker);
        Campaign caf = tracker.campaigns().get("caf-cog-2023");
        long valerie = tracker.members().find(caf.id(), "valérie").id();
        long didier = tracker.members().find(caf.id(), "didier").id();
        String hers = tracker.calendar().ics(caf, valerie);
        new CalendarBuilder().build(new StringReader(hers));
        assertThat(hers).contains("SUMMARY:Relancer la CNAF pour la confirmation écrite")
                .contains("CATEGORIES:COMMITMENT").contains("SUMMARY:Étudier la publication des lettres réseau")
                .contains("SUMMARY:Envoi du dossier de presse (septembre 2022)")
                .contains("CATEGORIES:MILESTONE")
                .doesNotContain("Débat public à Saint-Étienne");
        String his = tracker.calendar().ics(caf, didier);
        assertThat(his).contains("Débat public à Saint-Étienne").doesNotContain("Relancer la CNAF")
                .doesNotContain("CATEGORIES:COMMITMENT");
        assertThat(tracker.calendar().ics(caf)).contains("Débat public à Saint-Étienne").contains("Relancer la CNAF")
                .doesNotContain("CATEGORIES:COMMITMENT");
    }

    @Test
    void textIsEscapedAndLongLinesFoldWithoutBreakingCharacters() {
        String line = new IcsWriter().text("SUMMARY", "Rencontre, suivi; « témoignages » \\ " + "é".repeat(60)).toString();
        assertThat(line).startsWith("SUMMARY:Rencontre\\, suivi\\; « témoignages » \\\\ ");
        String unfolded = line.replace("\r\n ", "");
        assertThat(unfolded).endsWith("é".repeat(60) + "\r\n");
    }

    private static String withoutStamps(String ics) {
        return ics.replaceAll("DTSTAMP:[0-9TZ]+\r\n", "");
    }
}
