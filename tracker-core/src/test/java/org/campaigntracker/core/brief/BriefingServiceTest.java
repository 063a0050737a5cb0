package org.campaigntracker.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.Testimony;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BriefingServiceTest {

    private static Tracker tracker;
    private static Campaign caf;
    private static Stakeholder grivel;

    @BeforeAll
    static void demo() {
        tracker = TestTracker.fresh();
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023");
        grivel = tracker.stakeholders().find(caf.id(), "grivel");
    }

    private static String brief(LocalDate on, Locale locale, BriefingFormat format) {
        return format.render(tracker.briefing().brief(caf, grivel.id(), on, locale), locale);
    }

    @Test
    void theDirectorGeneralsBriefingHasTheJanuaryMeetingAndTheConfirmationRequest() {
        Briefing b = tracker.briefing().brief(caf, grivel.id(), LocalDate.of(2023, 2, 1), Locale.ENGLISH);
        assertThat(b.interactions()).extracting(i -> i.title())
                .contains("Rencontre avec le directeur général de la CNAF");
        assertThat(b.openCommitments()).allSatisfy(c ->
                assertThat(c.confirmationRequestedOn()).isEqualTo(LocalDate.of(2023, 1, 24)));
        assertThat(b.openCommitments()).hasSize(2);
        // 3.2 committed verbally: nothing to ask; 1.1 hesitant: still an ask.
        assertThat(b.demands()).filteredOn(Briefing.DemandLine::ask).extracting(d -> d.demand().code())
                .contains("1.1").doesNotContain("3.2");
        assertThat(b.paths()).isNotEmpty();
        assertThat(b.paths().get(0).explanation())
                .startsWith("Secours catholique → knows → Médiateur national de la CNAF → reports to → Nicolas Grivel (CNAF)");
        assertThat(b.attendees()).extracting(Briefing.Attendee::name, Briefing.Attendee::trained)
                .contains(org.assertj.core.groups.Tuple.tuple("Allocataire formée (groupe d’écoute)", true));

        String markdown = brief(LocalDate.of(2023, 2, 1), Locale.ENGLISH, BriefingFormat.MARKDOWN);
        assertThat(markdown).startsWith("# Briefing: Nicolas Grivel (CNAF)")
                .contains("Jan 17, 2023 — Rencontre avec le directeur général de la CNAF")
                .contains("written confirmation requested on Jan 24, 2023, not received");
        assertThat(brief(LocalDate.of(2023, 2, 1), Locale.FRENCH, BriefingFormat.MARKDOWN))
                .contains("confirmation écrite demandée le 24 janv. 2023, non reçue");
    }

    @Test
    void testimoniesAppearOnlyAsTheirBriefingConsentAllows() {
        // Valentin's briefing consent is anonymous and ended with the COG negotiation (2023-07-01).
        String during = brief(LocalDate.of(2023, 2, 1), Locale.ENGLISH, BriefingFormat.MARKDOWN);
        assertThat(during).contains("Isabelle").contains("Anonymous testimony").doesNotContain("Valentin");
        String after = brief(LocalDate.of(2023, 9, 1), Locale.ENGLISH, BriefingFormat.HTML);
        assertThat(after).contains("Isabelle").doesNotContain("16 000").doesNotContain("Anonymous testimony");

        Testimony isabelle = tracker.testimonies().list(caf.id()).stream()
                .filter(t -> t.pseudonym().equals("Isabelle")).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tracker.inTransaction(tx -> {
            tx.testimonies().withdrawConsent(caf.id(), isabelle.id(), ConsentUse.BRIEFING, LocalDate.of(2023, 3, 1));
            String withdrawn = BriefingFormat.MARKDOWN.render(tx.briefing()
                    .brief(caf, grivel.id(), LocalDate.of(2023, 3, 2), Locale.ENGLISH), Locale.ENGLISH);
            assertThat(withdrawn).doesNotContain("Isabelle").doesNotContain("27 mois");
            throw new RollBack();
        })).isInstanceOf(RollBack.class);
        assertThat(brief(LocalDate.of(2023, 3, 2), Locale.ENGLISH, BriefingFormat.MARKDOWN)).contains("Isabelle");
    }

    @Test
    void stanceAndPowerChangesAreKeptAndTheHtmlIsEscaped() {
        Stakeholder blin = tracker.stakeholders().find(caf.id(), "blin");
        StakeholderDraft d = blin.toDraft();
        tracker.stakeholders().update(caf.id(), blin.id(), blin.version(), new StakeholderDraft(d.kind(), d.name(),
                "Directeur de cabinet <adjoint>", d.organisationId(), d.category(), 5, 1, d.notes()));
        Briefing b = tracker.briefing().brief(caf, blin.id(), LocalDate.of(2023, 11, 1), Locale.ENGLISH);
        assertThat(b.history()).singleElement().satisfies(r -> {
            assertThat(r.power()).isEqualTo(4);
            assertThat(r.stance()).isZero();
        });
        String html = BriefingFormat.HTML.render(b, Locale.ENGLISH);
        assertThat(html).contains("Directeur de cabinet &lt;adjoint&gt;").doesNotContain("<adjoint>")
                .startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">");
    }

    @Test
    void aMeetingPlannedWithThemAcrossTheCoalitionIsInTheBriefingAndNotAmongThePastOnes() {
        Stakeholder blin = tracker.stakeholders().find(caf.id(), "blin");
        Briefing b = tracker.briefing().brief(caf, blin.id(), LocalDate.of(2023, 10, 12), Locale.FRENCH);
        assertThat(b.interactions()).extracting(i -> i.title())
                .containsExactly("Rencontre au cabinet de la ministre des Solidarités");
        assertThat(BriefingFormat.MARKDOWN.render(b, Locale.FRENCH))
                .contains("## Rencontres prévues dans la coalition (qui y va)")
                .contains("20 oct. 2023 — Rencontre prévue au cabinet de la ministre des Solidarités — ATD Quart Monde");
    }

    /** Thrown to roll a scratch transaction back. */
    static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
