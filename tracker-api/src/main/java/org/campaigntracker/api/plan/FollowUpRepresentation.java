package org.campaigntracker.api.plan;

import java.time.LocalDate;
import org.campaigntracker.core.plan.FollowUp;
import org.campaigntracker.core.plan.FollowUpDraft;

/** A follow-up task, about a stakeholder or a demand when it names one; open while {@code doneOn} is absent. */
public record FollowUpRepresentation(Long id, String title, Long ownerId, LocalDate dueOn, LocalDate doneOn,
                                     Long interactionId, Long stakeholderId, Long demandId, Integer version) {

    static FollowUpRepresentation from(FollowUp f) {
        return new FollowUpRepresentation(f.id(), f.title(), f.ownerId(), f.dueOn(), f.doneOn(), f.interactionId(),
                f.stakeholderId(), f.demandId(), f.version());
    }

    FollowUpDraft toDraft() {
        return new FollowUpDraft(title, ownerId, dueOn, doneOn, interactionId, stakeholderId, demandId);
    }
}
