package org.campaigntracker.api.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaigntracker.api.ApiServer;
import org.campaigntracker.api.Http;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.access.Role;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.privacy.Classification;
import org.campaigntracker.core.privacy.ColumnClass;
import org.campaigntracker.core.publish.PublicTarget;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.db.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo with every position, commitment, press item and milestone marked public and every campaign published:
 * no public address answers a value the classification hides from partners (names of people, contacts, stories,
 * notes, attendees, testimony identities), except the names of public officials, which the public page may show.
 */
class PublicPrivacyCrawlTest {

    private static Tracker tracker;
    private static ApiServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        tracker = Tracker.over(TestPostgres.freshDatabase().simpleDataSource());
        DemoLoader.load(tracker);
        PublicDemo.publishEverything(tracker);
        server = ApiServer.start(tracker, "127.0.0.1", 0);
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.close();
        tracker.close();
    }

    @Test
    void noPublicAnswerHoldsAHiddenValue() {
        Set<String> officials = officialNames();
        assertThat(officials).as("the rule names the officials of the demo").contains("Nicolas Grivel");
        Set<String> secrets = hiddenValues();
        secrets.removeAll(officials);
        assertThat(secrets).as("the demo must give the crawl something to look for").contains(
                // a journalist, a witness, an attendee from our side, a position's private note, a press summary
                "Benoît Collombat", "Isabelle Morel", "Karim Benali", "Valérie", "Prudence sur les suspensions automatiques.",
                "Communiqué accompagnant l’appel commun, avec le témoignage de Valentin.",
                "b.collombat@radiofrance.example", "Carole Grandjean");
        List<String> leaks = new ArrayList<>();
        int answers = 0;
        for (Campaign c : tracker.campaigns().list()) {
            for (String path : PublicDemo.paths(c.slug())) {
                HttpResponse<String> r = http.get(path, null);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                answers++;
                secrets.stream().filter(r.body()::contains).forEach(s -> leaks.add(path + " shows " + s));
            }
        }
        assertThat(answers).isGreaterThanOrEqualTo(24);
        assertThat(leaks).isEmpty();
        assertThat(http.get("/p/caf-cog-2023", null).body()).as("an official is named")
                .contains("Nicolas Grivel");
    }

    /** People the public page may name: officials by the rule of PublicTarget. */
    private static Set<String> officialNames() {
        Set<String> names = new HashSet<>();
        for (Campaign c : tracker.campaigns().list()) {
            for (Stakeholder s : tracker.stakeholders().list(c.id())) {
                if (PublicTarget.isPublicOfficial(s)) {
                    names.add(s.name());
                }
            }
        }
        return names;
    }

    /** As in PartnerPrivacyCrawlTest: every value of a column hidden from partners, decrypted, minus visible ones. */
    private static Set<String> hiddenValues() {
        Set<String> hidden = new HashSet<>();
        Set<String> visible = new HashSet<>();
        for (ColumnClass c : Classification.all()) {
            boolean text = tracker.dsl().fetchValue("select data_type from information_schema.columns where "
                    + "table_schema || '.' || table_name in (?, ?) and column_name = ?", "public." + c.table(),
                    c.table(), c.column()).toString().equals("text");
            if (!text) {
                continue;
            }
            boolean secret = Classification.hiddenFrom(Role.PARTNER).contains(c);
            for (boolean personal : List.of(true, false)) {
                String where = personal ? c.personalWhere() : "not (" + c.personalWhere() + ")";
                for (Object v : tracker.dsl().fetchValues("select " + c.column() + " from " + c.table() + " where "
                        + where + " and " + c.column() + " is not null")) {
                    String value = c.sealed() ? tracker.sealer().open(c.qualifiedName(), v.toString()) : v.toString();
                    (secret && personal ? hidden : visible).add(value);
                }
            }
        }
        hidden.removeIf(h -> visible.stream().anyMatch(v -> v.contains(h)));
        hidden.removeIf(v -> v.length() < 5);
        return hidden;
    }
}
