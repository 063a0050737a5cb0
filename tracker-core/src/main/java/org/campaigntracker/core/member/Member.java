package org.campaigntracker.core.member;

import java.time.OffsetDateTime;

/** A stored member. */
public record Member(long id, long campaignId, String displayName, MemberKind kind, Long organisationId,
                     String notes, OffsetDateTime updatedAt, int version) {

    public MemberDraft toDraft() {
        return new MemberDraft(displayName, kind, organisationId, notes);
    }
}
