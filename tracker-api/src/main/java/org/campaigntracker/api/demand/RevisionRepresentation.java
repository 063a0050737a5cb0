package org.campaigntracker.api.demand;

import java.time.OffsetDateTime;
import org.campaigntracker.core.demand.Revision;

/**
 * An earlier wording of a theme or demand: what it said and when it said it ({@code validUntil} is when it was
 * changed). {@code text} is a theme's description or a demand's body.
 */
public record RevisionRepresentation(int version, String code, String title, String text, OffsetDateTime validFrom,
                                     OffsetDateTime validUntil) {

    static RevisionRepresentation from(Revision r) {
        return new RevisionRepresentation(r.version(), r.code(), r.title(), r.text(), r.validFrom(), r.validUntil());
    }

    public Revision toDomain() {
        return new Revision(version, code, title, text, validFrom, validUntil);
    }
}
