package org.campaigntracker.core.testimony;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.campaigntracker.core.common.NotFoundException;

/**
 * What a front door asks of testimonies: {@link TestimonyService} answers over the database (sealing stories and
 * identities), the CLI's remote mode over the HTTP API, which audits every read and write under the token's owner.
 */
public interface Testimonies {

    Testimony add(long campaignId, TestimonyDraft draft);

    Testimony update(long campaignId, long testimonyId, int expectedVersion, TestimonyDraft draft);

    /** Every testimony by pseudonym, whatever its consents: for the team, not for anything that leaves it. */
    List<Testimony> list(long campaignId);

    Testimony giveConsent(long campaignId, long testimonyId, ConsentDraft consent);

    /** Withdraws every consent for this use from {@code on}; the testimony stops being usable for it that day. */
    Testimony withdrawConsent(long campaignId, long testimonyId, ConsentUse use, LocalDate on);

    /** Who the person really is; empty when it was never recorded or was forgotten. */
    Optional<TestimonyIdentity> identity(long campaignId, long testimonyId);

    void setIdentity(long campaignId, long testimonyId, TestimonyIdentity identity);

    /**
     * By pseudonym (any case) or id. Filtered in Java on purpose: the list is short, and the story next to it is
     * sealed, so nothing about a testimony is searched in SQL.
     */
    default Testimony find(long campaignId, String reference) {
        String ref = reference == null ? "" : reference.strip();
        return list(campaignId).stream()
                .filter(t -> t.pseudonym().equalsIgnoreCase(ref) || String.valueOf(t.id()).equals(ref))
                .findFirst().orElseThrow(() -> new NotFoundException("testimony", ref));
    }

    /** The testimonies a consent allows for this use on that day: what briefings and documents may quote. */
    default List<Testimony> usableFor(long campaignId, ConsentUse use, LocalDate on) {
        return list(campaignId).stream().filter(t -> t.allows(use, on)).toList();
    }
}
