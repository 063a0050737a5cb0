package org.campaigntracker.core.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A stored send, with the press items that name it (ids, oldest first). */
public record Outreach(long id, long campaignId, OutreachKind kind, LocalDate sentOn, String title,
                       OffsetDateTime embargoUntil, List<Long> demandIds, List<Long> journalistIds,
                       List<String> outlets, List<String> attachments, List<Long> pressItemIds, int version) {

    public Outreach {
        demandIds = List.copyOf(demandIds);
        journalistIds = List.copyOf(journalistIds);
        outlets = List.copyOf(outlets);
        attachments = List.copyOf(attachments);
        pressItemIds = List.copyOf(pressItemIds);
    }
}
