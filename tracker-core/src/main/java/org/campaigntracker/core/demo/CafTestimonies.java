package org.campaigntracker.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.core.audit.Actor;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;
import org.campaigntracker.core.testimony.TestimonyDraft;
import org.campaigntracker.core.testimony.TestimonyIdentity;

/**
 * The testimonies of the reference campaign, with identities (fictional) and consents of every shape: given for
 * some uses only, expired, withdrawn, never given for briefings. Privacy tests look for these values everywhere.
 */
final class CafTestimonies {

    private CafTestimonies() {
    }

    /** Returns Valentin's testimony, which a press release uses with his consent. */
    static long add(DemoBuilder b) {
        var testimonies = b.tracker.testimonies();
        long c = b.campaignId;
        long collector = b.memberId("Valérie");
        long isabelle = testimonies.add(c, new TestimonyDraft("Isabelle",
                "La cinquantaine, son RSA a été coupé pendant 27 mois pour une déclaration de patrimoine qu’elle "
                        + "n’avait jamais reçue ; elle s’est retrouvée presque à la rue.",
                LocalDate.of(2022, 10, 1), collector, b.demandIds("1.1", "1.2"), List.of(b.themeId("1")))).id();
        long valentin = testimonies.add(c, new TestimonyDraft("Valentin",
                "Un compte joint gardé avec son ex-épouse pour les frais de leur enfant a conduit un algorithme à "
                        + "décider qu’il ne vivait pas seul ; un courrier automatique lui a réclamé plus de 16 000 €.",
                LocalDate.of(2022, 10, 1), collector, b.demandIds("1.2", "3.2"), List.of(b.themeId("1"), b.themeId("3")))).id();
        LocalDate given = LocalDate.of(2022, 10, 1);
        for (ConsentUse use : List.of(ConsentUse.INTERNAL, ConsentUse.BRIEFING, ConsentUse.RESOURCE_DOCUMENT)) {
            testimonies.giveConsent(c, isabelle, new ConsentDraft(use, NamingRule.FIRST_NAME, given, null, "Valérie"));
        }
        for (ConsentUse use : List.of(ConsentUse.INTERNAL, ConsentUse.PRESS)) {
            testimonies.giveConsent(c, valentin, new ConsentDraft(use, NamingRule.FIRST_NAME, given, null, "Valérie"));
        }
        // Valentin agreed to briefings for the COG negotiation only.
        testimonies.giveConsent(c, valentin, new ConsentDraft(ConsentUse.BRIEFING, NamingRule.ANONYMOUS, given,
                LocalDate.of(2023, 7, 1), "Valérie"));
        testimonies.setIdentity(c, isabelle, new TestimonyIdentity("Isabelle Morel",
                "isabelle.morel@example.org", "Joignable via le groupe d’écoute de Changer de Cap"));
        testimonies.setIdentity(c, valentin, new TestimonyIdentity("Valentin Girard", "+33 6 00 00 00 17",
                "Joignable via le groupe d’écoute de Changer de Cap"));
        List<Long> others = moreTestimonies(b, collector, given);
        List<Long> identities = new ArrayList<>(List.of(isabelle, valentin));
        identities.addAll(others);
        b.tracker.audit().record(c, Actor.osUser("demo"), "create", "demo", "testimony_identity", identities);
        return valentin;
    }

    /** Sandrine withdrew her consent to briefings; Karim never gave one: neither may appear in a briefing. */
    private static List<Long> moreTestimonies(DemoBuilder b, long collector, LocalDate given) {
        var testimonies = b.tracker.testimonies();
        long c = b.campaignId;
        long sandrine = testimonies.add(c, new TestimonyDraft("Sandrine",
                "Mère isolée, ses allocations ont été suspendues trois mois après un contrôle automatisé ; "
                        + "personne à la CAF n’a pu lui dire pourquoi.",
                LocalDate.of(2022, 11, 15), collector, b.demandIds("1.2"), List.of(b.themeId("1")))).id();
        testimonies.giveConsent(c, sandrine, new ConsentDraft(ConsentUse.INTERNAL, NamingRule.PSEUDONYM, given,
                null, "Valérie"));
        testimonies.giveConsent(c, sandrine, new ConsentDraft(ConsentUse.BRIEFING, NamingRule.PSEUDONYM, given,
                null, "Valérie"));
        testimonies.withdrawConsent(c, sandrine, ConsentUse.BRIEFING, LocalDate.of(2022, 12, 1));
        testimonies.setIdentity(c, sandrine, new TestimonyIdentity("Sandrine Lefèvre", "+33 6 00 00 00 23", null));
        long karim = testimonies.add(c, new TestimonyDraft("Karim",
                "Travailleur saisonnier, il a reçu quatre demandes de remboursement contradictoires en un an.",
                LocalDate.of(2022, 12, 2), collector, b.demandIds("1.1"), List.of(b.themeId("1")))).id();
        for (ConsentUse use : List.of(ConsentUse.INTERNAL, ConsentUse.RESOURCE_DOCUMENT)) {
            testimonies.giveConsent(c, karim, new ConsentDraft(use, NamingRule.ANONYMOUS, given, null, "Valérie"));
        }
        testimonies.setIdentity(c, karim, new TestimonyIdentity("Karim Benali", "karim.benali@example.org", null));
        return List.of(sandrine, karim);
    }
}
