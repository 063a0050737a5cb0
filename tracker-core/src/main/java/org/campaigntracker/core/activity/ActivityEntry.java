package org.campaigntracker.core.activity;

import java.time.LocalDate;

/**
 * One event of the feed.
 *
 * @param kind          interaction, press_item, position, commitment or milestone
 * @param id            the id of the record in its own resource
 * @param detail        a second line: an interaction's summary (its public summary for partners), an outlet, a level
 * @param stakeholderId the stakeholder concerned, for positions and commitments
 * @param organisation  for an interaction a partner organisation made, its name (null: the coalition)
 * @param loggedBy      for an interaction, who logged it: a member (only for readers of personal data) or a partner
 *                      organisation; null when unknown
 */
public record ActivityEntry(ActivityKind kind, LocalDate on, long id, String title, String detail, Long demandId,
                            Long stakeholderId, String organisation, String loggedBy) {

    public ActivityEntry(ActivityKind kind, LocalDate on, long id, String title, String detail, Long demandId,
                         Long stakeholderId) {
        this(kind, on, id, title, detail, demandId, stakeholderId, null, null);
    }
}
