package org.campaigntracker.api.testimony;

import java.time.LocalDate;
import java.util.List;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyDraft;

/** A testimony as advisers and coordinators read and write it; consents are read-only here (see /consents). */
public record TestimonyRepresentation(Long id, String pseudonym, String story, LocalDate collectedOn,
                                      Long collectedById, List<Long> demandIds, List<Long> themeIds,
                                      List<ConsentRepresentation> consents, Integer version) {

    static TestimonyRepresentation from(Testimony t) {
        return new TestimonyRepresentation(t.id(), t.pseudonym(), t.story(), t.collectedOn(), t.collectedById(),
                t.demandIds(), t.themeIds(), t.consents().all().stream().map(ConsentRepresentation::from).toList(),
                t.version());
    }

    TestimonyDraft toDraft() {
        return new TestimonyDraft(pseudonym, story, collectedOn, collectedById, demandIds, themeIds);
    }
}
