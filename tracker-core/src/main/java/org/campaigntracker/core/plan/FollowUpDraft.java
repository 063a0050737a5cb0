package org.campaigntracker.core.plan;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A follow-up task as a user gives it.
 *
 * @param ownerId       the member who will do it, if anyone was named
 * @param interactionId the meeting or call that created the task, if any
 * @param stakeholderId the stakeholder the task is about, if any
 * @param demandId      the demand the task is about, if any
 */
public record FollowUpDraft(String title, Long ownerId, LocalDate dueOn, LocalDate doneOn, Long interactionId,
                            Long stakeholderId, Long demandId) {

    public FollowUpDraft {
        title = Names.clean(title);
        Check.of()
                .notBlank("title", title)
                .maxLength("title", title, 500)
                .date("due_on", dueOn)
                .date("done_on", doneOn)
                .orThrow();
    }

    /** A task about no stakeholder or demand in particular. */
    public FollowUpDraft(String title, Long ownerId, LocalDate dueOn, LocalDate doneOn, Long interactionId) {
        this(title, ownerId, dueOn, doneOn, interactionId, null, null);
    }

    public static FollowUpDraft of(String title, LocalDate dueOn) {
        return new FollowUpDraft(title, null, dueOn, null, null);
    }

    public FollowUpDraft withDoneOn(LocalDate on) {
        return new FollowUpDraft(title, ownerId, dueOn, on, interactionId, stakeholderId, demandId);
    }
}
