package org.campaigntracker.core.interaction;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * An interaction as a user gives it. Without a status, a date after today makes it planned, any other date held; a
 * meeting cannot be held more than a day ahead (time zones), while a planned one may be overdue.
 *
 * @param summary        private notes: may name people and say what was said off the record
 * @param publicSummary  what partners of the coalition may read
 * @param participantIds their side: stakeholders met, written to or heard
 * @param attendeeIds    our side: members who attended
 * @param demandIds      demands discussed
 * @param status         planned, held or cancelled; null to follow the date
 * @param organisationId the partner organisation that made it (a stakeholder); null for the coalition itself
 */
public record InteractionDraft(InteractionKind kind, LocalDate occurredOn, String title, String summary,
                               String publicSummary, String outcome, String place, List<Long> participantIds,
                               List<Long> attendeeIds, List<Long> demandIds, InteractionStatus status,
                               Long organisationId) {

    public InteractionDraft {
        title = Names.clean(title);
        summary = text(summary);
        publicSummary = text(publicSummary);
        outcome = text(outcome);
        place = Names.clean(text(place));
        participantIds = idSet(participantIds);
        attendeeIds = idSet(attendeeIds);
        demandIds = idSet(demandIds);
        if (status == null && occurredOn != null) {
            status = occurredOn.isAfter(LocalDate.now()) ? InteractionStatus.PLANNED : InteractionStatus.HELD;
        }
        Check.of()
                .required("kind", kind)
                .required("occurred_on", occurredOn)
                .date("occurred_on", occurredOn)
                .notBlank("title", title)
                .maxLength("title", title, 500)
                .maxLength("place", place, 300)
                .maxLength("summary", summary, Check.LONG_TEXT)
                .maxLength("public_summary", publicSummary, Check.LONG_TEXT)
                .maxLength("outcome", outcome, Check.LONG_TEXT)
                .maxSize("participants", participantIds, Check.MAX_LINKS)
                .maxSize("attendees", attendeeIds, Check.MAX_LINKS)
                .maxSize("demands", demandIds, Check.MAX_LINKS)
                .that(kind == null || !kind.needsParticipant() || !participantIds.isEmpty(),
                        "participants", "required_for", kind == null ? "" : kind.code())
                .that(status != InteractionStatus.HELD || occurredOn == null
                        || !occurredOn.isAfter(LocalDate.now().plusDays(1)), "occurred_on", "held_in_future")
                .orThrow();
    }

    /** As given before statuses and organisations: the status follows the date, the coalition made it. */
    public InteractionDraft(InteractionKind kind, LocalDate occurredOn, String title, String summary,
                            String publicSummary, String outcome, String place, List<Long> participantIds,
                            List<Long> attendeeIds, List<Long> demandIds) {
        this(kind, occurredOn, title, summary, publicSummary, outcome, place, participantIds, attendeeIds, demandIds,
                null, null);
    }

    public static InteractionDraft of(InteractionKind kind, LocalDate occurredOn, String title,
                                      List<Long> participantIds) {
        return new InteractionDraft(kind, occurredOn, title, null, null, null, null, participantIds, null, null);
    }

    public InteractionDraft withLinks(List<Long> participantIds, List<Long> attendeeIds, List<Long> demandIds) {
        return new InteractionDraft(kind, occurredOn, title, summary, publicSummary, outcome, place, participantIds,
                attendeeIds, demandIds, status, organisationId);
    }

    public InteractionDraft withStatus(InteractionStatus s) {
        return new InteractionDraft(kind, occurredOn, title, summary, publicSummary, outcome, place, participantIds,
                attendeeIds, demandIds, s, organisationId);
    }

    public InteractionDraft withOrganisation(Long id) {
        return new InteractionDraft(kind, occurredOn, title, summary, publicSummary, outcome, place, participantIds,
                attendeeIds, demandIds, status, id);
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Sorted and without repeats, so a draft and the stored interaction compare equal. */
    static List<Long> idSet(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new TreeSet<>(ids));
    }
}
