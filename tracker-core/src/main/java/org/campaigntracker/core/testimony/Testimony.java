package org.campaigntracker.core.testimony;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored testimony with its links and consents; never the person's identity. */
public record Testimony(long id, long campaignId, String pseudonym, String story, LocalDate collectedOn,
                        Long collectedById, List<Long> demandIds, List<Long> themeIds, Consents consents,
                        OffsetDateTime updatedAt, int version) {

    public Testimony {
        demandIds = List.copyOf(demandIds);
        themeIds = List.copyOf(themeIds);
    }

    public boolean allows(ConsentUse use, LocalDate on) {
        return consents.allows(use, on);
    }

    public TestimonyDraft toDraft() {
        return new TestimonyDraft(pseudonym, story, collectedOn, collectedById, demandIds, themeIds);
    }
}
