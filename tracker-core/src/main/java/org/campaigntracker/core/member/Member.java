package org.campaigntracker.core.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored member. {@code contact} is opened from its sealed value; null when read without the data key (lists that
 * only need names never open it).
 */
public record Member(long id, long campaignId, String displayName, MemberKind kind, Long organisationId,
                     String notes, String language, LocalDate leftOn, OffsetDateTime updatedAt, int version,
                     String contact) {

    public MemberDraft toDraft() {
        return new MemberDraft(displayName, kind, organisationId, notes, language, contact);
    }

    /** Still in the coalition: never left. */
    public boolean active() {
        return leftOn == null;
    }
}
