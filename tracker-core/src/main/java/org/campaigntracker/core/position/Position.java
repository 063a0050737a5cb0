package org.campaigntracker.core.position;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored position statement. It has no version: a statement is history, corrected rarely and by hand. */
public record Position(long id, long campaignId, long stakeholderId, long demandId, PositionLevel level,
                       LocalDate statedOn, Long evidenceInteractionId, Long evidencePressItemId,
                       String evidenceDocument, String note, OffsetDateTime createdAt) {

    public PositionDraft toDraft() {
        return new PositionDraft(stakeholderId, demandId, level, statedOn, evidenceInteractionId, evidencePressItemId,
                evidenceDocument, note);
    }
}
