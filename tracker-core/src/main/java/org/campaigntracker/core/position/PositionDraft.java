package org.campaigntracker.core.position;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * A position as a user states it. Evidence is optional and may combine an interaction, a press item and a
 * document reference (a letter's reference, a URL): whatever shows the stakeholder said it.
 */
public record PositionDraft(long stakeholderId, long demandId, PositionLevel level, LocalDate statedOn,
                            Long evidenceInteractionId, Long evidencePressItemId, String evidenceDocument,
                            String note) {

    public PositionDraft {
        evidenceDocument = blankToNull(evidenceDocument);
        note = blankToNull(note);
        Check.of()
                .required("level", level)
                .required("stated_on", statedOn)
                .date("stated_on", statedOn)
                .maxLength("evidence_document", evidenceDocument, 1000)
                .maxLength("note", note, 10_000)
                .orThrow();
    }

    public static PositionDraft of(long stakeholderId, long demandId, PositionLevel level, LocalDate statedOn) {
        return new PositionDraft(stakeholderId, demandId, level, statedOn, null, null, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
