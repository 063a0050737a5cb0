package org.campaigntracker.core.status;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.stewardship.RelationshipDue;
import java.util.Map;
import org.campaigntracker.core.hatvp.LobbyingThreshold;
import org.campaigntracker.core.mobilisation.MobilisationKind;
import org.campaigntracker.core.position.PositionLevel;

/**
 * A campaign at a glance on {@code asOf}.
 *
 * @param themes             per theme, how many demands reached each best level with the direct targets
 * @param unsupported        demands no direct target supports yet (best level below supportive)
 * @param overdueCommitments open commitments past their due date
 * @param overdueFollowUps   follow-ups not done and past their due date
 * @param nextMilestones     planned milestones, soonest first (late ones included)
 * @param quietTargets       high-power targets with no interaction for at least {@code quietDays}
 * @param lobbying           communications with officials over the last twelve months, against the HATVP
 *                           registration threshold
 * @param mobilisations      petitions, joint appeals and letter campaigns launched by {@code asOf}, newest first
 */
public record CampaignStatus(String campaign, LocalDate asOf, int quietDays, List<ThemeProgress> themes,
                             List<DemandLine> unsupported, List<Overdue> overdueCommitments,
                             List<Overdue> overdueFollowUps, List<MilestoneLine> nextMilestones,
                             List<QuietTarget> quietTargets, LobbyingThreshold lobbying,
                             List<MobilisationLine> mobilisations, List<RelationshipDue> relationshipsDue) {

    public CampaignStatus {
        themes = List.copyOf(themes);
        unsupported = List.copyOf(unsupported);
        overdueCommitments = List.copyOf(overdueCommitments);
        overdueFollowUps = List.copyOf(overdueFollowUps);
        nextMilestones = List.copyOf(nextMilestones);
        quietTargets = List.copyOf(quietTargets);
        mobilisations = List.copyOf(mobilisations);
        relationshipsDue = List.copyOf(relationshipsDue);
    }

    /**
     * A mobilisation's latest count on {@code asOf} and the one before it (null when there is none), so the growth
     * shows; {@code deliveredOn} null while not delivered, {@code answered} once the target's answer is linked.
     */
    public record MobilisationLine(long id, String title, MobilisationKind kind, Integer count, LocalDate countedOn,
                                   Integer previousCount, LocalDate previousOn, LocalDate deliveredOn,
                                   boolean answered) {
    }

    /** One theme: its demand count and how many demands have each best level (levels in progress order). */
    public record ThemeProgress(String code, String title, int demands, Map<PositionLevel, Integer> byBestLevel) {
        public ThemeProgress {
            // In the levels' order, so `status --json` prints the same every run (Map.copyOf's order changes per JVM).
            java.util.EnumMap<PositionLevel, Integer> ordered = new java.util.EnumMap<>(PositionLevel.class);
            ordered.putAll(byBestLevel);
            byBestLevel = java.util.Collections.unmodifiableMap(ordered);
        }
    }

    public record DemandLine(String code, String title, PositionLevel best) {
    }

    /** A commitment or follow-up past due; {@code who} is the stakeholder who promised, or the owner. */
    /** {@code who}: the stakeholder who promised, or the member who owes the follow-up; {@code owner}: who chases it. */
    public record Overdue(long id, String who, String what, LocalDate dueOn, long daysLate, String owner) {
    }

    public record MilestoneLine(long id, String title, LocalDate on, boolean late, boolean atRisk) {
    }

    /** {@code lastContact} is null when nobody ever met the target. */
    public record QuietTarget(long id, String name, int power, LocalDate lastContact) {
    }
}
