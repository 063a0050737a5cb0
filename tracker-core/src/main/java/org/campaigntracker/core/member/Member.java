package org.campaigntracker.core.member;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored member. */
public record Member(long id, long campaignId, String displayName, MemberKind kind, Long organisationId,
                     String notes, String language, LocalDate leftOn, OffsetDateTime updatedAt, int version) {

    public MemberDraft toDraft() {
        return new MemberDraft(displayName, kind, organisationId, notes, language);
    }

    /** Still in the coalition: never left. */
    public boolean active() {
        return leftOn == null;
    }
}
