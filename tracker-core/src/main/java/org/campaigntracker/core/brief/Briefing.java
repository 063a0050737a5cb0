package org.campaigntracker.core.brief;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.commitment.Commitment;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.interaction.Interaction;
import org.campaigntracker.core.map.MapService;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderRevision;
import org.campaigntracker.core.stewardship.AccessRating;
import org.campaigntracker.core.stewardship.Stewardship;

/**
 * A briefing pack on one stakeholder, as of one day; {@code access} is the latest rating (null: never rated);
 * {@code interactions} are the held ones; {@code planned} the meetings with them planned across the coalition, with
 * who goes, so a meeting prepared now does not become a second ask.
 */
public record Briefing(String campaignName, LocalDate preparedOn, Stakeholder stakeholder,
                       List<StakeholderRevision> history, List<MapService.ExplainedPath> paths,
                       List<Interaction> interactions, List<Commitment> openCommitments, List<DemandLine> demands,
                       List<PressItem> press, List<Story> testimonies, List<Attendee> attendees,
                       Stewardship stewardship, AccessRating access,
                       List<org.campaigntracker.core.interaction.AgendaEntry> planned) {

    /** Where the stakeholder stands on a demand; {@code ask} when they have not committed to it yet. */
    public record DemandLine(Demand demand, Position current, boolean ask) {
    }

    /** A testimony as its consent allows it to be shown in a briefing. */
    public record Story(String shownAs, String story, List<String> demandCodes) {
    }

    /** Someone on our side who met the stakeholder. */
    public record Attendee(String name, boolean trained, int meetings) {
    }
}
