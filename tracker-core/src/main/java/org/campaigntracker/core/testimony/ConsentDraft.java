package org.campaigntracker.core.testimony;

import java.time.LocalDate;
import org.campaigntracker.core.common.Check;

/**
 * A consent as it is given. A null naming means the pseudonym.
 *
 * @param expiresOn  first day the consent no longer holds; null when it does not expire
 * @param recordedBy who took the consent (name of the coordinator), for the record
 */
public record ConsentDraft(ConsentUse use, NamingRule naming, LocalDate givenOn, LocalDate expiresOn,
                           String recordedBy) {

    public ConsentDraft {
        naming = naming == null ? NamingRule.PSEUDONYM : naming;
        recordedBy = recordedBy == null || recordedBy.isBlank() ? null : recordedBy.strip();
        Check.of()
                .required("use", use)
                .required("given_on", givenOn)
                .date("given_on", givenOn)
                .date("expires_on", expiresOn)
                .maxLength("recorded_by", recordedBy, 200)
                .that(expiresOn == null || givenOn == null || !expiresOn.isBefore(givenOn),
                        "expires_on", "not_before", "given_on")
                .orThrow();
    }

    public static ConsentDraft of(ConsentUse use, LocalDate givenOn) {
        return new ConsentDraft(use, null, givenOn, null, null);
    }
}
