package org.campaigntracker.api.testimony;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.core.testimony.Consents;
import org.campaigntracker.core.testimony.Testimony;
import org.campaigntracker.core.testimony.TestimonyDraft;

/** A testimony as advisers and coordinators read and write it; consents are read-only here (see /consents). */
public record TestimonyRepresentation(Long id, String pseudonym, String story, LocalDate collectedOn,
                                      Long collectedById, List<Long> demandIds, List<Long> themeIds,
                                      List<ConsentRepresentation> consents, OffsetDateTime updatedAt,
                                      Integer version) {

    static TestimonyRepresentation from(Testimony t) {
        return new TestimonyRepresentation(t.id(), t.pseudonym(), t.story(), t.collectedOn(), t.collectedById(),
                t.demandIds(), t.themeIds(), t.consents().all().stream().map(ConsentRepresentation::from).toList(),
                t.updatedAt(), t.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static TestimonyRepresentation of(TestimonyDraft d) {
        return new TestimonyRepresentation(null, d.pseudonym(), d.story(), d.collectedOn(), d.collectedById(),
                d.demandIds(), d.themeIds(), null, null, null);
    }

    /** The testimony this answer describes (a client's view: the server's fields, as core holds them). */
    public Testimony toDomain(long campaignId) {
        return new Testimony(id, campaignId, pseudonym, story, collectedOn, collectedById, demandIds, themeIds,
                new Consents(consents == null ? List.of() : consents.stream().map(ConsentRepresentation::toDomain)
                        .toList()), updatedAt, version);
    }

    TestimonyDraft toDraft() {
        return new TestimonyDraft(pseudonym, story, collectedOn, collectedById, demandIds, themeIds);
    }
}
