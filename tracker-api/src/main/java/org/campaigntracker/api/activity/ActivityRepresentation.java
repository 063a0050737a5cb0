package org.campaigntracker.api.activity;

import java.time.LocalDate;
import org.campaigntracker.core.activity.ActivityEntry;

/** One feed entry; for an interaction, who made it (a partner organisation) and who logged it. */
public record ActivityRepresentation(String kind, LocalDate on, long id, String title, String detail, Long demandId,
                                     Long stakeholderId, String organisation, String loggedBy) {

    static ActivityRepresentation from(ActivityEntry e) {
        return new ActivityRepresentation(e.kind().name(), e.on(), e.id(), e.title(), e.detail(), e.demandId(),
                e.stakeholderId(), e.organisation(), e.loggedBy());
    }
}
