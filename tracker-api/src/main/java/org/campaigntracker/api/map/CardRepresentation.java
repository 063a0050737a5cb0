package org.campaigntracker.api.map;

import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.api.commitment.CommitmentRepresentation;
import org.campaigntracker.api.demand.DemandRepresentation;
import org.campaigntracker.api.interaction.InteractionRepresentation;
import org.campaigntracker.api.position.PositionRepresentation;
import org.campaigntracker.api.stakeholder.StakeholderRepresentation;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.api.stewardship.StewardshipRepresentation;
import org.campaigntracker.core.map.StakeholderCard;

/** A stakeholder's card, built from the same wire types as the individual routes. */
public record CardRepresentation(StakeholderRepresentation stakeholder, List<RevisionJson> history,
                                 List<InteractionRepresentation> lastInteractions,
                                 List<CommitmentRepresentation> commitments, List<PositionJson> positions,
                                 StewardshipRepresentation stewardship, List<StewardshipRepresentation.Rating> access) {

    /** Earlier values, oldest first; the current ones are in {@code stakeholder}. */
    public record RevisionJson(String function, String category, int power, int stance, OffsetDateTime validFrom,
                               OffsetDateTime validUntil) {
    }

    /** A demand and the stakeholder's latest position on it ({@code current} null: never stated). */
    public record PositionJson(DemandRepresentation demand, PositionRepresentation current) {
    }

    static CardRepresentation from(StakeholderCard c) {
        return new CardRepresentation(StakeholderRepresentation.from(c.stakeholder()),
                c.history().stream().map(r -> new RevisionJson(r.function(), Wire.code(r.category()), r.power(),
                        r.stance(), r.validFrom(), r.validUntil())).toList(),
                c.lastInteractions().stream().map(InteractionRepresentation::from).toList(),
                c.commitments().stream().map(CommitmentRepresentation::from).toList(),
                c.positions().stream().map(p -> new PositionJson(DemandRepresentation.from(p.demand()),
                        p.current() == null ? null : PositionRepresentation.from(p.current(), true))).toList(),
                StewardshipRepresentation.from(c.stewardship()),
                c.access().stream().map(StewardshipRepresentation.Rating::from).toList());
    }
}
