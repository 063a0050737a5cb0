package org.campaigntracker.core.privacy;

import java.time.OffsetDateTime;

/**
 * One line of the erasure ledger: which record was erased, when and why; never what it held.
 *
 * @param subject {@link Person.Kind#code()} of the erased record
 * @param reason  "forget" (the person asked) or "sweep" (a retention rule)
 */
public record ErasureEntry(long id, OffsetDateTime erasedAt, long campaignId, String subject, long subjectId,
                           String reason) {
}
