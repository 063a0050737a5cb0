package org.campaigntracker.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.TestTracker;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.brief.BriefingDocument;
import org.campaigntracker.core.brief.BriefingFormat;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.demo.DemoLoader;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.campaigntracker.core.testimony.TestimonyIdentity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourceDocumentServiceTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private static Tracker tracker;
    private static Campaign caf;

    @BeforeAll
    static void demo() {
        tracker = TestTracker.fresh();
        DemoLoader.load(tracker);
        caf = tracker.campaigns().get("caf-cog-2023");
    }

    @Test
    void holdsThemesDemandsFiguresAndSourcesInBothLanguages() {
        String md = BriefingFormat.MARKDOWN.render(tracker.resourceDocument().document(caf, ON, Locale.ENGLISH),
                Locale.ENGLISH);
        assertThat(md).startsWith("# " + caf.name())
                .contains("Resource document for decision makers — Mar 1, 2023")
                .contains("## Key figures").contains("## Sources")
                .contains("Le score de risque de la CAF")
                .contains("1.1 ");
        tracker.demands().themes(caf.id()).forEach(t -> assertThat(md).contains("## " + t.code() + ". " + t.title()));
        String fr = BriefingFormat.HTML.render(tracker.resourceDocument().document(caf, ON, Locale.FRENCH),
                Locale.FRENCH);
        assertThat(fr).startsWith("<!DOCTYPE html>").contains("Chiffres clés").contains("Témoignages");
    }

    @Test
    void aTestimonyWithoutResourceDocumentConsentNeverAppears() {
        // Isabelle agreed to the resource document (first name); Valentin only to press and briefings.
        String md = render(tracker);
        assertThat(md).contains("Isabelle").contains("27 mois")
                .doesNotContain("Valentin").doesNotContain("16 000");
    }

    @Test
    void aFullNameConsentStillShowsOnlyThePseudonymToDecisionMakers() {
        assertThatThrownBy(() -> tracker.inTransaction(tx -> {
            long id = tx.testimonies().add(caf.id(), new TestimonyDraft("Yanis", "Trois contrôles en un an.",
                    ON, null, List.of(), List.of())).id();
            tx.testimonies().giveConsent(caf.id(), id, new ConsentDraft(ConsentUse.RESOURCE_DOCUMENT,
                    NamingRule.FULL_NAME, ON, null, null));
            tx.testimonies().setIdentity(caf.id(), id, new TestimonyIdentity("Yanis Benamar", null, null));
            String md = render(tx);
            assertThat(md).contains("Yanis : Trois contrôles en un an.").doesNotContain("Benamar");
            tx.testimonies().withdrawConsent(caf.id(), id, ConsentUse.RESOURCE_DOCUMENT, ON);
            assertThat(render(tx)).doesNotContain("Trois contrôles");
            throw new RollBack();
        })).isInstanceOf(RollBack.class);
    }

    private static String render(Tracker t) {
        BriefingDocument doc = t.resourceDocument().document(caf, ON.plusDays(1), Locale.ENGLISH);
        return BriefingFormat.MARKDOWN.render(doc, Locale.ENGLISH);
    }

    /** Thrown to roll a scratch transaction back. */
    static final class RollBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
