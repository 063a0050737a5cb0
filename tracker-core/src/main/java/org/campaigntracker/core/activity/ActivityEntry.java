package org.campaigntracker.core.activity;

import java.time.LocalDate;

/**
 * One event of the feed.
 *
 * @param kind          interaction, press_item, position, commitment or milestone
 * @param id            the id of the record in its own resource
 * @param detail        a second line: an interaction's summary (its public summary for partners), an outlet, a level
 * @param stakeholderId the stakeholder concerned, for positions and commitments
 */
public record ActivityEntry(ActivityKind kind, LocalDate on, long id, String title, String detail, Long demandId,
                            Long stakeholderId) {
}
