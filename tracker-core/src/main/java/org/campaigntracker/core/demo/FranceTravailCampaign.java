package org.campaigntracker.core.demo;

import static org.campaigntracker.core.stakeholder.RelationshipType.allied_with;
import static org.campaigntracker.core.stakeholder.RelationshipType.influences;
import static org.campaigntracker.core.stakeholder.RelationshipType.works_for;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.ally;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.coalition_member;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.direct_target;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.intermediate_target;
import static org.campaigntracker.core.stakeholder.StakeholderCategory.neutral;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.Campaign;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.member.MemberKind;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressTone;

/** The related campaign on algorithmic control at France Travail (documented in June 2024). */
final class FranceTravailCampaign {

    static final String SLUG = "france-travail-2024";

    private FranceTravailCampaign() {
    }

    static Campaign load(Tracker tracker) {
        Campaign campaign = tracker.campaigns().create(new CampaignDraft(SLUG,
                "Contrôle algorithmique à France Travail",
                "Transparence et fin des scores de suspicion et de profilage des demandeurs d’emploi.",
                null, null, "fr"));
        DemoBuilder b = new DemoBuilder(tracker, campaign.id());
        b.theme("1", "Transparence des algorithmes de France Travail", null);
        b.demand("1.1", "Publier le fonctionnement et les critères du « score de suspicion »", null);
        b.demand("1.2", "Renoncer aux scores de profilage psychologique dans le journal de recherche d’emploi", null);
        b.theme("2", "Droits des demandeurs d’emploi", null);
        b.demand("2.1", "Informer chaque personne des scores calculés sur elle et de leurs effets", null);

        b.org("La Quadrature du Net", coalition_member, 2, 2, "A documenté les scores en juin 2024.");
        b.org("CGT", ally, 3, 2, null);
        b.org("Solidaires", ally, 2, 2, null);
        b.org("France Travail", direct_target, 5, -1, "Ex-Pôle emploi.");
        b.person("Thibaut Guilluy", "Directeur général", "France Travail", direct_target, 5, -1, null);
        b.org("DINUM", intermediate_target, 3, 0, "Direction interministérielle du numérique.");
        b.org("Défenseur des droits", intermediate_target, 3, 1, null);
        b.org("Capgemini", neutral, 2, -1, "A conçu le score de suspicion (2018).");
        b.link("Thibaut Guilluy", works_for, "France Travail", 5, null, null);
        b.link("Défenseur des droits", influences, "France Travail", 3, null, null);
        b.link("La Quadrature du Net", allied_with, "CGT", 2, null, null);
        b.link("La Quadrature du Net", allied_with, "Solidaires", 2, null, null);
        b.member("Équipe La Quadrature du Net", MemberKind.partner_staff, "La Quadrature du Net");

        tracker.press().add(campaign.id(), new PressItemDraft("La Quadrature du Net", PressMedium.WEB,
                LocalDate.of(2024, 6, 1), "France Travail : des algorithmes de contrôle et de profilage (juin 2024)",
                null, null, null, PressTone.FAVOURABLE, "Score de suspicion depuis 2018, score d’employabilité, "
                        + "profilage psychologique dans le JRE.", null, b.demandIds("1.1", "1.2"), List.of(), List.of()));
        Interaction reply = tracker.interactions().log(campaign.id(), new InteractionDraft(
                InteractionKind.WRITTEN_RESPONSE, LocalDate.of(2024, 7, 1),
                "Droit de réponse du directeur général de France Travail (juillet 2024)", null,
                "Réponse écrite du directeur général aux publications.", "Conteste la qualification de « suspicion ».",
                null, b.ids("Thibaut Guilluy"), List.of(), b.demandIds("1.1")));
        tracker.positions().record(campaign.id(), new PositionDraft(b.id("Thibaut Guilluy"), b.demandId("1.1"),
                PositionLevel.opposed, LocalDate.of(2024, 7, 1), reply.id(), null, null, null));
        return campaign;
    }
}
