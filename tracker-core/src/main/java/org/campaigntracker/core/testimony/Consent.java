package org.campaigntracker.core.testimony;

import java.time.LocalDate;

/**
 * One recorded consent. It holds from {@code givenOn} up to, not including, {@code expiresOn} and
 * {@code withdrawnOn}: a consent withdrawn today already forbids using the testimony today.
 */
public record Consent(long id, ConsentUse use, NamingRule naming, LocalDate givenOn, LocalDate expiresOn,
                      LocalDate withdrawnOn, String recordedBy) {

    public boolean allows(ConsentUse wanted, LocalDate on) {
        return use == wanted
                && !givenOn.isAfter(on)
                && (expiresOn == null || on.isBefore(expiresOn))
                && (withdrawnOn == null || on.isBefore(withdrawnOn));
    }
}
