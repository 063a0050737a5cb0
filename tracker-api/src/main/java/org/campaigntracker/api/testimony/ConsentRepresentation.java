package org.campaigntracker.api.testimony;

import java.time.LocalDate;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.testimony.Consent;
import org.campaigntracker.core.testimony.ConsentDraft;
import org.campaigntracker.core.testimony.ConsentUse;
import org.campaigntracker.core.testimony.NamingRule;

/** A consent as recorded, and the body that gives one (id and withdrawnOn are then ignored: read-only). */
public record ConsentRepresentation(Long id, String use, String naming, LocalDate givenOn, LocalDate expiresOn,
                                    LocalDate withdrawnOn, String recordedBy) {

    static ConsentRepresentation from(Consent c) {
        return new ConsentRepresentation(c.id(), c.use().code(), Wire.code(c.naming()), c.givenOn(), c.expiresOn(),
                c.withdrawnOn(), c.recordedBy());
    }

    /** The body that gives a consent. */
    public static ConsentRepresentation of(ConsentDraft d) {
        return new ConsentRepresentation(null, d.use().code(), Wire.code(d.naming()), d.givenOn(), d.expiresOn(), null,
                d.recordedBy());
    }

    public Consent toDomain() {
        return new Consent(id, Wire.enumValue(ConsentUse.class, use, "use"),
                Wire.enumValue(NamingRule.class, naming, "naming"), givenOn, expiresOn, withdrawnOn, recordedBy);
    }

    ConsentDraft toDraft() {
        return new ConsentDraft(Wire.enumValue(ConsentUse.class, use, "use"),
                Wire.enumValue(NamingRule.class, naming, "naming"), givenOn, expiresOn, recordedBy);
    }
}
