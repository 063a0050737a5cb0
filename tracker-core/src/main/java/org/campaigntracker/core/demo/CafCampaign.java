package org.campaigntracker.core.demo;

import static org.campaigntracker.core.stakeholder.RelationshipType.advises;
import static org.campaigntracker.core.stakeholder.RelationshipType.allied_with;
import static org.campaigntracker.core.stakeholder.RelationshipType.influences;
import static org.campaigntracker.core.stakeholder.RelationshipType.knows;
import static org.campaigntracker.core.stakeholder.RelationshipType.reports_to;
import static org.campaigntracker.core.stakeholder.RelationshipType.works_for;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.ally;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.coalition_member;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.direct_target;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.intermediate_target;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.media;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.neutral;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.opponent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.interaction.InteractionStatus;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.member.TrainingDraft;
import org.campaigntracker.core.plan.FollowUpDraft;
import org.campaigntracker.core.plan.MilestoneDraft;
import org.campaigntracker.core.plan.MilestoneStatus;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.mobilisation.MobilisationDraft;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.outreach.OutreachDraft;
import org.campaigntracker.core.outreach.OutreachKind;
import org.campaigntracker.core.press.PressFilter;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressTone;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPointDraft;
import org.campaigntracker.core.stewardship.AccessDraft;
import org.campaigntracker.core.stewardship.StewardshipDraft;
import org.campaigntracker.core.stewardship.StewardshipService;

/** « Remettre l’humain et le droit au cœur des CAF »: the reference campaign toward the 2023 COG. */
final class CafCampaign {

    static final String SLUG = "caf-cog-2023";
    private static final LocalDate JAN_17 = LocalDate.of(2023, 1, 17);

    private CafCampaign() {
    }

    static Campaign load(Tracker tracker) {
        Campaign campaign = tracker.campaigns().create(new CampaignDraft(SLUG,
                "Remettre l’humain et le droit au cœur des CAF",
                "Une convention d’objectifs et de gestion (COG) État–CNAF 2023-2027 responsable : fin des décisions "
                        + "automatiques et du score de risque opaque, relation humaine, transparence.",
                LocalDate.of(2023, 7, 1), "Signature de la COG État–CNAF", "fr"));
        DemoBuilder b = new DemoBuilder(tracker, campaign.id());
        demands(b);
        stakeholders(b);
        ourSide(b);
        Interaction meeting = interactions(b);
        long valentin = CafTestimonies.add(b);
        press(b, valentin);
        // The April 2023 joint appeal: 80 organisations signed it (its delivery is not documented).
        tracker.mobilisations().add(campaign.id(), new MobilisationDraft("Appel commun pour une COG responsable",
                MobilisationKind.joint_appeal, LocalDate.of(2023, 4, 1), b.demandIds("1.1", "2.3", "3.2"),
                b.ids("Nicolas Grivel", "CNAF")), 80L);
        pressKit(b);
        ledger(b, meeting);
        plan(b, meeting);
        stewardship(b);
        return campaign;
    }

    /** Who holds the main relationships, how often they should be touched, and how reachable each target is. */
    private static void stewardship(DemoBuilder b) {
        StewardshipService stewardship = b.tracker.stewardship();
        long c = b.campaignId;
        stewardship.put(c, b.id("Nicolas Grivel"), 0, new StewardshipDraft(b.memberId("Valérie"), 30));
        stewardship.put(c, b.id("CNAF"), 0, new StewardshipDraft(b.memberId("Didier Minot"), 60));
        stewardship.put(c, b.id("Benoît Collombat"), 0, new StewardshipDraft(b.memberId("Valérie"), 90));
        stewardship.rate(c, b.id("Nicolas Grivel"), new AccessDraft(2, LocalDate.of(2022, 11, 1),
                "Courrier de demande de rendez-vous resté sans réponse deux mois."));
        stewardship.rate(c, b.id("Nicolas Grivel"), new AccessDraft(4, JAN_17,
                "A reçu la délégation et connaît nos demandes ; répond aux courriers de la coalition."));
        stewardship.rate(c, b.id("Benoît Collombat"), new AccessDraft(5, LocalDate.of(2022, 12, 9),
                "Reprend nos informations et nous rappelle."));
    }

    private static void demands(DemoBuilder b) {
        b.theme("1", "Sortir de l’illégalité des pratiques et des contrôles", null);
        b.demand("1.1", "Interdire les décisions automatiques et les suspensions préventives", null);
        b.demand("1.2", "Motiver et notifier chaque décision ; laisser un reste à vivre lors des récupérations d’indus", null);
        b.demand("1.3", "Faire prouver l’intention par la CAF avant de qualifier une fraude", null);
        b.demand("1.4", "Une revue de légalité et une enquête sur les obstacles à l’accès au juge", null);
        b.theme("2", "Humaniser les relations et favoriser la médiation", null);
        b.demand("2.1", "Un accueil physique par des agents qualifiés pouvant passer outre la machine", null);
        b.demand("2.2", "Rétablir un corps de travailleurs sociaux médiateurs", null);
        b.demand("2.3", "Recruter au moins 3 000 agents", null);
        b.theme("3", "Restaurer la transparence, base de la justice", null);
        b.demand("3.1", "Publier les lettres réseau et les informations techniques qui fondent les décisions", null);
        b.demand("3.2", "Donner à chacun accès à ses données et aux calculs algorithmiques faits sur lui, sans formalité", null);
        b.demand("3.3", "Un médiateur national indépendant avec des correspondants départementaux", null);
        b.theme("4", "Confiance et co-construction avec les allocataires", "Intitulé à confirmer mot pour mot.");
        b.demand("4.1", "Associer les allocataires aux décisions qui les concernent", null);
        b.theme("5", "Mettre le numérique au service de la relation humaine", "Intitulé à confirmer mot pour mot.");
        b.demand("5.1", "Garantir une alternative humaine à chaque démarche numérique", null);
        // Added for the January 2023 meeting: five themes became six proposals.
        b.theme("6", "Mettre fin au recul de la protection sociale", "Sixième proposition ajoutée en janvier 2023.");
        b.demand("6.1", "Mettre fin au recul de la protection sociale", null);
    }

    private static void stakeholders(DemoBuilder b) {
        b.org("Changer de Cap", coalition_member, 2, 2, "Collectif porteur de la campagne, fondé en janvier 2019.");
        b.org("VoxPublic", ally, 2, 2, "Accompagne la campagne : rétro-planning, cartographie, formation.");
        b.org("Secours catholique", coalition_member, 3, 2, null);
        b.org("ATD Quart Monde", coalition_member, 3, 2, null);
        b.org("Fondation Abbé Pierre", coalition_member, 3, 2, null);
        b.org("Ligue des droits de l’Homme", coalition_member, 3, 2, null);
        b.org("Apiced", coalition_member, 1, 2, null);
        b.org("La Quadrature du Net", ally, 2, 2, null);
        b.org("Stop Contrôles", ally, 1, 2, null);
        b.org("Halte au contrôle numérique", ally, 1, 2, "Collectif de Saint-Étienne.");
        b.org("CNAF", direct_target, 5, -1, "Caisse nationale des allocations familiales.");
        b.person("Nicolas Grivel", "Directeur général", "CNAF", direct_target, 5, -1, null);
        b.org("Ministère des Solidarités", direct_target, 5, 0, "Signataire de la COG.");
        b.org("Ministère chargé du Budget", direct_target, 5, -1, "Signataire de la COG.");
        b.person("Aurore Bergé", "Ministre des Solidarités", "Ministère des Solidarités", direct_target, 5, 0, null);
        b.person("David Blin", "Directeur adjoint de cabinet", "Ministère des Solidarités", intermediate_target, 4, 0,
                null);
        b.org("Commission des affaires sociales de l’Assemblée nationale", direct_target, 4, 0, null);
        b.org("Médiateur national de la CNAF", intermediate_target, 3, 1,
                "Nommé en juin 2022 ; aussi référent protection des données et éthique.");
        b.org("Défenseur des droits", intermediate_target, 3, 2, "Rapports sur la dématérialisation (2019, 2022).");
        b.org("CNIL", intermediate_target, 4, 0, "Délibération de 2010 sur le data mining.");
        b.org("Cour des comptes", intermediate_target, 3, -1, "Rapport 2020 sur la fraude aux prestations.");
        b.person("Carole Grandjean", "Députée, co-autrice du rapport de 2019", null, opponent, 3, -2,
                "Rapport recommandant d’étendre le data mining.");
        b.person("Nathalie Goulet", "Sénatrice, co-autrice du rapport de 2019", null, opponent, 3, -2, null);
        b.person("Vincent Dubois", "Sociologue, « Contrôler les assistés » (2021)", null, neutral, 2, 1, null);
        b.person("Gilles Jeannot", "Chercheur", null, neutral, 2, 1, null);
        b.org("Radio France", media, 4, 0, "Cellule investigation.");
        b.person("Benoît Collombat", "Journaliste, cellule investigation", "Radio France", media, 3, 1, null);
        b.org("France Inter", media, 4, 0, null);
        b.org("franceinfo", media, 4, 0, null);
        b.org("France 2 – Envoyé spécial", media, 4, 0, null);
        b.org("Mediapart", media, 3, 0, null);
        b.org("Basta!", media, 2, 0, null);
        b.org("Le Monde", media, 4, 0, null);

        LocalDate june2022 = LocalDate.of(2022, 6, 1);
        b.link("Nicolas Grivel", works_for, "CNAF", 5, null, "Organigramme CNAF");
        b.link("Médiateur national de la CNAF", reports_to, "Nicolas Grivel", 4, june2022, "Nomination juin 2022");
        b.link("CNAF", reports_to, "Ministère des Solidarités", 5, null, "Tutelle");
        b.link("CNAF", reports_to, "Ministère chargé du Budget", 4, null, "Tutelle");
        b.link("Aurore Bergé", works_for, "Ministère des Solidarités", 5, LocalDate.of(2023, 7, 20), null);
        b.link("David Blin", reports_to, "Aurore Bergé", 5, null, null);
        b.link("Secours catholique", knows, "Médiateur national de la CNAF", 3, LocalDate.of(2022, 9, 1),
                "Échanges réguliers");
        b.link("ATD Quart Monde", knows, "David Blin", 2, null, null);
        b.link("Défenseur des droits", influences, "CNAF", 4, null, "Rapports publics");
        b.link("Défenseur des droits", influences, "Ministère des Solidarités", 3, null, null);
        b.link("CNIL", influences, "CNAF", 3, LocalDate.of(2010, 1, 1), "Délibération 2010");
        b.link("Cour des comptes", influences, "Ministère chargé du Budget", 4, LocalDate.of(2020, 1, 1), null);
        b.link("Carole Grandjean", influences, "Ministère chargé du Budget", 3, LocalDate.of(2019, 1, 1),
                "Rapport parlementaire 2019");
        b.link("Benoît Collombat", works_for, "Radio France", 5, null, null);
        b.link("VoxPublic", advises, "Changer de Cap", 5, LocalDate.of(2022, 3, 1), null);
        b.link("Vincent Dubois", knows, "Changer de Cap", 2, null, null);
        b.link("Gilles Jeannot", knows, "Halte au contrôle numérique", 3, june2022, null);
        for (String ally : List.of("Secours catholique", "ATD Quart Monde", "Fondation Abbé Pierre",
                "Ligue des droits de l’Homme", "Apiced", "La Quadrature du Net")) {
            b.link("Changer de Cap", allied_with, ally, 4, null, null);
        }
        b.tracker.contactPoints().add(b.campaignId, b.id("Nicolas Grivel"),
                new ContactPointDraft(ContactKind.email, "secretariat.dg@cnaf.example", "Secrétariat du DG", true));
        b.tracker.contactPoints().add(b.campaignId, b.id("David Blin"),
                new ContactPointDraft(ContactKind.phone, "+33 1 00 00 00 00", "Cabinet (fictif)", true));
        b.tracker.contactPoints().add(b.campaignId, b.id("Benoît Collombat"),
                new ContactPointDraft(ContactKind.email, "b.collombat@radiofrance.example", null, true));
        b.tracker.contactPoints().add(b.campaignId, b.id("Benoît Collombat"),
                new ContactPointDraft(ContactKind.phone, "+33 6 00 00 00 42", "Portable", true));
    }

    private static void ourSide(DemoBuilder b) {
        b.member("Didier Minot", MemberKind.coordinator, "Changer de Cap");
        b.member("Valérie", MemberKind.coordinator, "Changer de Cap");
        b.member("Allocataire formée (groupe d’écoute)", MemberKind.beneficiary, "Changer de Cap");
        b.member("Chargée de plaidoyer VoxPublic", MemberKind.adviser, "VoxPublic");
        b.tracker.trainings().add(b.campaignId, new TrainingDraft("Prendre la parole face aux décideurs",
                LocalDate.of(2022, 11, 15), List.of("plaidoyer", "témoigner", "préparer une rencontre"),
                "VoxPublic", b.memberIds("Allocataire formée (groupe d’écoute)")));
    }

    private static Interaction interactions(DemoBuilder b) {
        var tracker = b.tracker;
        long c = b.campaignId;
        tracker.interactions().log(c, new InteractionDraft(InteractionKind.PUBLIC_EVENT, LocalDate.of(2022, 6, 9),
                "Débat public à Saint-Étienne", "Avec Halte au contrôle numérique et Gilles Jeannot.",
                "Débat public sur le contrôle numérique des allocataires.", null, "Saint-Étienne",
                b.ids("Halte au contrôle numérique", "Gilles Jeannot"), b.memberIds("Didier Minot"), b.demandIds("1.1", "3.2")));
        tracker.interactions().log(c, new InteractionDraft(InteractionKind.EMAIL_SENT, LocalDate.of(2022, 9, 1),
                "Envoi du dossier de presse (septembre 2022)", null, "Dossier de presse envoyé aux journalistes.",
                null, null, b.ids("Benoît Collombat", "Mediapart", "Basta!"), b.memberIds("Valérie"), List.of()));
        Interaction meeting = tracker.interactions().log(c, new InteractionDraft(InteractionKind.MEETING, JAN_17,
                "Rencontre avec le directeur général de la CNAF",
                "Délégation : Changer de Cap, Secours catholique, Fondation Abbé Pierre, ATD Quart Monde, LDH, Apiced. "
                        + "Plusieurs directeurs de la CNAF présents. Ouverture sur l’accès aux données, prudence sur "
                        + "les suspensions automatiques.",
                "Rencontre de la coalition avec la direction générale de la CNAF sur la COG.",
                "Engagements oraux ; la coalition demande une confirmation écrite des engagements.", "CNAF, Paris",
                b.ids("Nicolas Grivel", "CNAF", "Secours catholique", "Fondation Abbé Pierre", "ATD Quart Monde",
                        "Ligue des droits de l’Homme", "Apiced"),
                b.memberIds("Didier Minot", "Valérie", "Allocataire formée (groupe d’écoute)"),
                b.demandIds("1.1", "1.2", "2.1", "3.1", "3.2", "6.1")));
        tracker.interactions().log(c, new InteractionDraft(InteractionKind.LETTER_SENT, LocalDate.of(2023, 1, 24),
                "Demande de confirmation écrite des engagements du 17 janvier", null,
                "Courrier demandant la confirmation écrite des engagements.", null, null,
                b.ids("Nicolas Grivel"), b.memberIds("Didier Minot"), b.demandIds("3.1", "3.2")));
        tracker.interactions().log(c, new InteractionDraft(InteractionKind.PUBLIC_EVENT, LocalDate.of(2023, 4, 1),
                "Appel commun signé par 80 organisations (avril 2023)", null,
                "Appel commun de 80 organisations pour une COG responsable.", null, null, List.of(),
                b.memberIds("Valérie"), b.demandIds("1.1", "2.3", "3.2")));
        tracker.interactions().log(c, new InteractionDraft(InteractionKind.MEETING, LocalDate.of(2023, 10, 10),
                "Rencontre au cabinet de la ministre des Solidarités", "Reçus par le directeur adjoint de cabinet.",
                "Rencontre au ministère des Solidarités.", "Écoute ; pas d’engagement.", "Ministère des Solidarités",
                b.ids("David Blin"), b.memberIds("Didier Minot", "Valérie"), b.demandIds("1.1", "3.2", "3.3")));
        partnersOwnMeetings(b);
        return meeting;
    }

    /**
     * What partner organisations logged themselves: Secours catholique's meeting with the CNAF's mediator, and a
     * meeting ATD Quart Monde planned with the minister's office ten days after the coalition's own — the double ask
     * the agenda warns of ({@code tracker agenda --from 01/10/2023}).
     */
    private static void partnersOwnMeetings(DemoBuilder b) {
        var interactions = b.tracker.interactions();
        long c = b.campaignId;
        interactions.contribute(c, b.id("Secours catholique"), new InteractionDraft(InteractionKind.MEETING,
                LocalDate.of(2023, 9, 26), "Rendez-vous avec le médiateur national de la CNAF",
                "Situations de familles accompagnées par nos équipes, suspensions sans préavis.",
                "Le Secours catholique a présenté au médiateur des situations de suspension sans préavis.", null,
                null, b.ids("Médiateur national de la CNAF"), List.of(), b.demandIds("1.1")));
        interactions.contribute(c, b.id("ATD Quart Monde"), new InteractionDraft(InteractionKind.MEETING,
                LocalDate.of(2023, 10, 20), "Rencontre prévue au cabinet de la ministre des Solidarités", null,
                "ATD Quart Monde doit être reçu au cabinet sur l’accès aux droits.", null, null,
                b.ids("David Blin"), List.of(), b.demandIds("1.1"), InteractionStatus.PLANNED, null));
    }

    private static void press(DemoBuilder b, long valentinTestimony) {
        var press = b.tracker.press();
        long c = b.campaignId;
        press.add(c, new PressItemDraft("La Quadrature du Net", PressMedium.WEB, LocalDate.of(2022, 10, 19),
                "Le score de risque de la CAF", null, null, null, PressTone.FAVOURABLE, null,
                List.of(b.themeId("3")), b.demandIds("3.1", "3.2"), List.of(), List.of()));
        press.add(c, new PressItemDraft("France 2 – Envoyé spécial", PressMedium.TV, LocalDate.of(2022, 12, 5),
                "La CAF ne répond pas", null, null, null, PressTone.FAVOURABLE, null,
                List.of(b.themeId("2")), b.demandIds("2.1"), List.of(), List.of()));
        press.add(c, new PressItemDraft("Radio France", PressMedium.WEB,
                LocalDate.of(2022, 12, 9), "Quand des algorithmes notent les allocataires de la Caf", null,
                "Benoît Collombat", null, PressTone.FAVOURABLE, "Enquête de la cellule investigation.",
                List.of(b.themeId("1"), b.themeId("3")), b.demandIds("1.1", "3.2"),
                b.ids("Changer de Cap", "Benoît Collombat"), List.of()));
        press.add(c, new PressItemDraft("France Inter", PressMedium.RADIO, LocalDate.of(2022, 12, 10),
                "Quand des algorithmes notent les allocataires de la Caf (après le journal de 13 h)", null,
                "Benoît Collombat", null, PressTone.FAVOURABLE, null, List.of(b.themeId("1")), b.demandIds("1.1"),
                b.ids("Changer de Cap"), List.of()));
        press.add(c, new PressItemDraft("Mediapart", PressMedium.BLOG, LocalDate.of(2023, 1, 1),
                "La CAF se réfugie dans l’opacité sur la notation des allocataires (début janvier 2023)", null, null,
                null, PressTone.FAVOURABLE, null, List.of(b.themeId("3")), b.demandIds("3.1"), List.of(), List.of()));
        press.add(c, new PressItemDraft("Changer de Cap", PressMedium.WEB, LocalDate.of(2023, 4, 1),
                "Communiqué : pour une COG responsable (avril 2023)", null, null, null, PressTone.FAVOURABLE,
                "Communiqué accompagnant l’appel commun, avec le témoignage de Valentin.",
                List.of(b.themeId("1")), b.demandIds("1.2"), b.ids("Changer de Cap"), List.of(valentinTestimony)));
    }

    /** The September 2022 press kit, and the December coverage by the journalist who received it. */
    private static void pressKit(DemoBuilder b) {
        long c = b.campaignId;
        var outreach = b.tracker.outreach();
        long kit = outreach.add(c, new OutreachDraft(OutreachKind.press_kit, LocalDate.of(2022, 9, 1),
                "Dossier de presse (septembre 2022)", null, b.demandIds("1.1", "3.1", "3.2"),
                b.ids("Benoît Collombat"), List.of("Radio France", "Mediapart", "Basta!"),
                List.of("Dossier de presse", "Témoignages d’allocataires"))).id();
        for (var item : b.tracker.press().list(c, PressFilter.all())) {
            if (item.outlet().equals("Radio France") || item.outlet().equals("France Inter")) {
                outreach.linkPressItem(c, item.id(), kit);
            }
        }
    }

    private static void ledger(DemoBuilder b, Interaction meeting) {
        var positions = b.tracker.positions();
        long c = b.campaignId;
        long grivel = b.id("Nicolas Grivel");
        positions.record(c, new PositionDraft(grivel, b.demandId("1.1"), PositionLevel.hesitant, JAN_17,
                meeting.id(), null, null, "Prudence sur les suspensions automatiques."));
        positions.record(c, new PositionDraft(grivel, b.demandId("3.2"), PositionLevel.committed_verbally, JAN_17,
                meeting.id(), null, null, null));
        positions.record(c, new PositionDraft(grivel, b.demandId("2.1"), PositionLevel.supportive, JAN_17,
                meeting.id(), null, null, null));
        positions.record(c, new PositionDraft(b.id("Défenseur des droits"), b.demandId("2.1"), PositionLevel.supportive,
                LocalDate.of(2022, 1, 1), null, null, "Rapport sur la dématérialisation des services publics (2022)",
                null));
        positions.record(c, new PositionDraft(b.id("Ministère des Solidarités"), b.demandId("3.2"),
                PositionLevel.hesitant, LocalDate.of(2023, 10, 10), null, null, null, null));

        var commitments = b.tracker.commitments();
        commitments.add(c, new CommitmentDraft(grivel, "Étudier la publication des lettres réseau",
                b.demandId("3.1"), meeting.id(), JAN_17, LocalDate.of(2023, 3, 31), LocalDate.of(2023, 1, 24), null,
                b.memberId("Valérie")));
        commitments.add(c, new CommitmentDraft(grivel,
                "Ouvrir à chaque allocataire l’accès aux données utilisées pour son contrôle",
                b.demandId("3.2"), meeting.id(), JAN_17, LocalDate.of(2023, 6, 30), LocalDate.of(2023, 1, 24), null));
    }

    private static void plan(DemoBuilder b, Interaction meeting) {
        var plan = b.tracker.plan();
        long c = b.campaignId;
        long pressKit = plan.add(c, new MilestoneDraft("Dossier de presse envoyé", null, null, 303,
                MilestoneStatus.done, LocalDate.of(2022, 9, 1), Set.of())).id();
        long dg = plan.add(c, new MilestoneDraft("Rencontre avec la direction générale de la CNAF", null, null, 165,
                MilestoneStatus.done, JAN_17, Set.of(pressKit))).id();
        long resource = plan.add(c, new MilestoneDraft("Document ressource pour les décideurs", null, null, 120,
                null, null, Set.of(dg))).id();
        plan.add(c, new MilestoneDraft("Appel commun des organisations", null, null, 90, MilestoneStatus.done,
                LocalDate.of(2023, 4, 1), Set.of()));
        plan.add(c, new MilestoneDraft("Relance des ministères signataires", null, null, 30, null, null,
                Set.of(resource)));
        plan.add(c, MilestoneDraft.daysBefore("Signature de la COG", 0));

        var followUps = b.tracker.followUps();
        followUps.add(c, new FollowUpDraft("Relancer la CNAF pour la confirmation écrite",
                b.memberId("Valérie"), LocalDate.of(2023, 2, 15), null, meeting.id(), b.id("Nicolas Grivel"),
                b.demandId("3.2")));
        followUps.add(c, new FollowUpDraft("Envoyer le compte rendu de la rencontre aux partenaires",
                b.memberId("Didier Minot"), LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 19), meeting.id()));
    }
}
