package org.campaigntracker.core.position;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored position statement. It is history, corrected rarely and by hand; {@code version} still guards a correction
 * against another made at the same time (two coordinators fixing the same line through the API).
 */
public record Position(long id, long campaignId, long stakeholderId, long demandId, PositionLevel level,
                       LocalDate statedOn, Long evidenceInteractionId, Long evidencePressItemId,
                       String evidenceDocument, String note, OffsetDateTime createdAt, int version) {

    public PositionDraft toDraft() {
        return new PositionDraft(stakeholderId, demandId, level, statedOn, evidenceInteractionId, evidencePressItemId,
                evidenceDocument, note);
    }
}
