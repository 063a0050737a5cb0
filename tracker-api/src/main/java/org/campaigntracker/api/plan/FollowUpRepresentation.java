package org.campaigntracker.api.plan;

import java.time.LocalDate;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.FollowUpDraft;

/** A follow-up task; open while {@code doneOn} is absent. */
public record FollowUpRepresentation(Long id, String title, Long ownerId, LocalDate dueOn, LocalDate doneOn,
                                     Long interactionId, Integer version) {

    static FollowUpRepresentation from(FollowUp f) {
        return new FollowUpRepresentation(f.id(), f.title(), f.ownerId(), f.dueOn(), f.doneOn(), f.interactionId(),
                f.version());
    }

    FollowUpDraft toDraft() {
        return new FollowUpDraft(title, ownerId, dueOn, doneOn, interactionId);
    }
}
