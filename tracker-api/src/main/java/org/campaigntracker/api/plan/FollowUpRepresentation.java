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

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static FollowUpRepresentation of(FollowUpDraft d) {
        return new FollowUpRepresentation(null, d.title(), d.ownerId(), d.dueOn(), d.doneOn(), d.interactionId(),
                d.stakeholderId(), d.demandId(), null);
    }

    /** The follow-up this answer describes (a client's view: the server's fields, as core holds them). */
    public FollowUp toDomain(long campaignId) {
        return new FollowUp(id, campaignId, title, ownerId, dueOn, doneOn, interactionId, stakeholderId, demandId,
                version);
    }

    FollowUpDraft toDraft() {
        return new FollowUpDraft(title, ownerId, dueOn, doneOn, interactionId, stakeholderId, demandId);
    }
}
