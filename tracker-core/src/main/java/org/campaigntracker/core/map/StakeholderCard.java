package org.campaigntracker.core.map;

import java.util.List;
import org.campaigntracker.core.stewardship.AccessRating;
import org.campaigntracker.core.stewardship.Stewardship;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderRevision;

/**
 * What the map shows when a stakeholder is opened: who they are, how their stance and power moved, the last
 * interactions, every commitment, where they stand on each active demand ({@code current} null: never said), who
 * holds the relationship and how often to touch it, and their access ratings (newest first).
 */
public record StakeholderCard(Stakeholder stakeholder, List<StakeholderRevision> history,
                              List<Interaction> lastInteractions, List<Commitment> commitments,
                              List<DemandPosition> positions, Stewardship stewardship,
                              List<AccessRating> access) {

    public StakeholderCard {
        history = List.copyOf(history);
        lastInteractions = List.copyOf(lastInteractions);
        commitments = List.copyOf(commitments);
        positions = List.copyOf(positions);
        access = List.copyOf(access);
    }

    /** A demand and the stakeholder's latest position on it, if any. */
    public record DemandPosition(Demand demand, Position current) {
    }
}
