package org.campaigntracker.core.intake;

import java.util.List;
import org.campaigntracker.core.interaction.InteractionKind;
import org.campaigntracker.core.member.Member;
import org.campaigntracker.core.stakeholder.Stakeholder;

/**
 * What one event or message becomes: the interaction's kind, the stakeholders it was with, our members who took
 * part, the people nobody matched, and whether it is logged.
 *
 * @param interactionId the interaction logged for it, once an import (not a dry run) has written it
 */
public record PlannedInteraction(Incoming incoming, InteractionKind kind, List<Stakeholder> with, List<Member> ours,
                                 List<Person> unmatched, Outcome outcome, Long interactionId) {

    public PlannedInteraction {
        with = List.copyOf(with);
        ours = List.copyOf(ours);
        unmatched = List.copyOf(unmatched);
    }

    /** What happens to the event or message. */
    public enum Outcome {
        /** Logged (or would be, in a dry run). */
        LOG,
        /** Its UID or Message-ID is already on an interaction of the campaign: nothing is written. */
        ALREADY_IMPORTED,
        /** The same event or message came earlier in the same import. */
        REPEATED,
        /** A meeting or an answer needs someone of theirs, and nobody named matched a stakeholder. */
        NOBODY_MATCHED
    }

    PlannedInteraction logged(long id) {
        return new PlannedInteraction(incoming, kind, with, ours, unmatched, outcome, id);
    }
}
