package org.campaigntracker.core.map;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.Tracker;
import org.campaigntracker.core.campaign.CampaignDraft;
import org.campaigntracker.core.commitment.CommitmentDraft;
import org.campaigntracker.core.demand.DemandDraft;
import org.campaigntracker.core.demand.ThemeDraft;
import org.campaigntracker.core.interaction.InteractionDraft;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipType;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;

/**
 * A small map from the CAF campaign (campaign-caf.md) whose answers are known by hand: Secours catholique knows the
 * CNAF mediator, who reports to the director general; nobody on our side knows the ministry; demand 1.1 has the
 * director general's support, demand 1.2 nobody's.
 */
public final class MapFixture {

    public static final LocalDate TODAY = LocalDate.of(2023, 1, 29);

    public final long campaign;
    final long cnaf;
    final long grivel;
    final long mediator;
    final long secours;
    final long ministry;
    final long demand11;
    final long demand12;
    final long theme;

    public MapFixture(Tracker t, String slug) {
        campaign = t.campaigns().create(CampaignDraft.of(slug, "Remettre l’humain au cœur des CAF")).id();
        theme = t.demands().addTheme(campaign, ThemeDraft.of("Sortir de l’illégalité des pratiques")).id();
        demand11 = t.demands().addDemand(campaign, DemandDraft.of(theme, "Interdire les suspensions préventives"))
                .id();
        demand12 = t.demands().addDemand(campaign, DemandDraft.of(theme, "Publier le code de l’algorithme")).id();
        cnaf = add(t, StakeholderKind.organisation, "CNAF", null, StakeholderCategory.direct_target, 5, -1);
        grivel = add(t, StakeholderKind.person, "Nicolas Grivel", cnaf, StakeholderCategory.direct_target, 5, 0);
        mediator = add(t, StakeholderKind.person, "Médiateur national", cnaf,
                StakeholderCategory.intermediate_target, 3, 1);
        secours = add(t, StakeholderKind.organisation, "Secours catholique", null,
                StakeholderCategory.coalition_member, 3, 2);
        ministry = add(t, StakeholderKind.organisation, "Ministère des Solidarités", null,
                StakeholderCategory.direct_target, 5, -1);
        link(t, secours, RelationshipType.knows, mediator, 4, null);
        link(t, mediator, RelationshipType.reports_to, grivel, 5, null);
        link(t, grivel, RelationshipType.works_for, cnaf, 5, null);
        // An old tie to the ministry, ended: it must not count as a way in.
        link(t, secours, RelationshipType.knows, ministry, 3, TODAY.minusDays(100));
        long meeting = t.interactions().log(campaign, new InteractionDraft(InteractionKind.MEETING,
                TODAY.minusDays(12), "Rencontre avec le médiateur", null, null, null, null, List.of(mediator, grivel),
                List.of(), List.of(demand11))).id();
        t.positions().record(campaign, new PositionDraft(grivel, demand11, PositionLevel.supportive,
                TODAY.minusDays(12), meeting, null, null, null));
        t.commitments().add(campaign, CommitmentDraft.of(grivel, "Répondre par écrit", TODAY.minusDays(12)));
    }

    private long add(Tracker t, StakeholderKind kind, String name, Long organisation, StakeholderCategory category,
                     int power, int stance) {
        return t.stakeholders().add(campaign, new StakeholderDraft(kind, name, null, organisation, category, power,
                stance, null)).id();
    }

    private void link(Tracker t, long from, RelationshipType type, long to, int strength, LocalDate until) {
        t.relationships().add(campaign, new RelationshipDraft(from, to, type, strength, TODAY.minusYears(2), until,
                null, null));
    }
}
