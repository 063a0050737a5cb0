package org.campaigntracker.api.activity;

import java.time.LocalDate;
import org.campaigntracker.core.activity.ActivityEntry;

/** One feed entry. */
public record ActivityRepresentation(String kind, LocalDate on, long id, String title, String detail, Long demandId,
                                     Long stakeholderId) {

    static ActivityRepresentation from(ActivityEntry e) {
        return new ActivityRepresentation(e.kind().name(), e.on(), e.id(), e.title(), e.detail(), e.demandId(),
                e.stakeholderId());
    }
}
