package org.campaigntracker.core.transfer;

import org.campaigntracker.core.campaign.CampaignService;
import org.campaigntracker.core.commitment.CommitmentService;
import org.campaigntracker.core.demand.DemandService;
import org.campaigntracker.core.interaction.InteractionService;
import org.campaigntracker.core.member.MemberService;
import org.campaigntracker.core.member.TrainingService;
import org.campaigntracker.core.mobilisation.MobilisationService;
import org.campaigntracker.core.outreach.OutreachService;
import org.campaigntracker.core.plan.FollowUpService;
import org.campaigntracker.core.plan.PlanService;
import org.campaigntracker.core.position.PositionService;
import org.campaigntracker.core.press.PressService;
import org.campaigntracker.core.publish.PublishService;
import org.campaigntracker.core.stakeholder.ContactPointService;
import org.campaigntracker.core.stakeholder.RelationshipService;
import org.campaigntracker.core.stakeholder.StakeholderService;
import org.campaigntracker.core.stewardship.StewardshipService;
import org.campaigntracker.core.testimony.TestimonyService;

/**
 * The services whose records make up a campaign file: what an export reads and an import writes, in file order.
 * A feature whose records belong in the file adds its service here (and `CampaignTablesTest` fails until it does).
 */
public record CampaignServices(CampaignService campaigns, DemandService demands, StakeholderService stakeholders,
                               ContactPointService contactPoints, RelationshipService relationships,
                               MemberService members, TrainingService trainings, InteractionService interactions,
                               PressService press, TestimonyService testimonies, PositionService positions,
                               CommitmentService commitments, PlanService plan, FollowUpService followUps,
                               PublishService publish, MobilisationService mobilisations,
                               OutreachService outreach, StewardshipService stewardship) {
}
