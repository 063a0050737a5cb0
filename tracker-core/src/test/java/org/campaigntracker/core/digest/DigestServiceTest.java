package org.campaigntracker.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.brief.BriefingDocument;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.member.MemberDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Valérie's week of 13 February 2023 in the reference campaign. */
class DigestServiceTest {

    private static Tracker tracker;
    private static Campaign caf;
    private static Member valerie;

    @BeforeAll
    static void demo() {
        tracker = TestTracker.fresh();
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023");
        valerie = tracker.members().find(caf.id(), "valérie");
    }

    private static Map<String, String> sections(BriefingDocument d) {
        return d.sections().stream().collect(Collectors.toMap(BriefingDocument.Section::heading,
                s -> String.join("\n", s.lines())));
    }

    @Test
    void aMembersWeekListsWhatIsTheirsAndWhatHappenedBefore() {
        DigestService.Digest digest = tracker.digests().digest(caf.id(), valerie.id(), LocalDate.of(2023, 2, 15),
                Locale.FRENCH);
        assertThat(digest.locale()).isEqualTo(Locale.FRENCH);
        BriefingDocument d = digest.document();
        assertThat(d.title()).isEqualTo("Valérie : la semaine du 13 févr. 2023 au 19 févr. 2023");
        Map<String, String> s = sections(d);
        assertThat(s.get("Vos relances à faire cette semaine (et celles en retard)"))
                .isEqualTo("Relancer la CNAF pour la confirmation écrite — pour le 15 févr. 2023");
        // Her commitment to chase is due at the end of March: not this week.
        assertThat(s.get("Les engagements que vous relancez, dus cette semaine (et ceux en retard)")).isEqualTo("Rien.");
        assertThat(s.get("Les relations que vous suivez, à reprendre"))
                .contains("Benoît Collombat (Radio France) — dernier contact le 1 sept. 2022, tous les 90 jours")
                .doesNotContain("Grivel");
        // Didier's follow-up is not hers.
        assertThat(String.join("\n", s.values())).doesNotContain("compte rendu");

        String week = BriefingFormat.MARKDOWN.render(tracker.digests().digest(caf.id(), valerie.id(),
                LocalDate.of(2023, 1, 23), Locale.FRENCH).document(), Locale.FRENCH);
        assertThat(week).contains("## Ce qui s’est passé du 16 janv. 2023 au 22 janv. 2023")
                .contains("17 janv. 2023 — Rencontre avec le directeur général de la CNAF (Nicolas Grivel (CNAF)");
    }

    @Test
    void theWeeksPlannedMeetingsNameWhoGoesAndTheDoubleAsk() {
        Map<String, String> s = sections(tracker.digests().digest(caf.id(), valerie.id(), LocalDate.of(2023, 10, 18),
                Locale.FRENCH).document());
        assertThat(s.get("Rencontres prévues cette semaine, dans toute la coalition"))
                .isEqualTo("20 oct. 2023 — Rencontre prévue au cabinet de la ministre des Solidarités (David Blin "
                        + "(Ministère des Solidarités)) — ATD Quart Monde — double sollicitation : la coalition le "
                        + "10 oct. 2023");
        Map<String, String> before = sections(tracker.digests().digest(caf.id(), valerie.id(),
                LocalDate.of(2023, 10, 25), Locale.FRENCH).document());
        assertThat(before.get("Ce qui s’est passé du 16 oct. 2023 au 22 oct. 2023"))
                .as("a meeting still planned did not happen").isEqualTo("Rien.");
    }

    @Test
    void theDigestIsInTheMembersLanguage() {
        Member didier = tracker.members().find(caf.id(), "didier");
        Member english = tracker.members().update(caf.id(), didier.id(), didier.version(), new MemberDraft(
                didier.displayName(), didier.kind(), didier.organisationId(), didier.notes(), "en"));
        DigestService.Digest digest = tracker.digests().digest(caf.id(), english.id(), LocalDate.of(2023, 1, 16),
                Locale.FRENCH);
        assertThat(digest.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(digest.document().title()).startsWith("Didier Minot: the week of ");
        assertThat(BriefingFormat.HTML.render(digest.document(), digest.locale())).contains("<html lang=\"en\"");
    }
}
