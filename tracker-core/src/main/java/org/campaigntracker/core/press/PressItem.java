package org.campaigntracker.core.press;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored press item with the ids of the themes, demands, quoted stakeholders and testimonies it links to, and of the
 * send to the press that led to it (null when none is known).
 */
public record PressItem(long id, long campaignId, String outlet, PressMedium medium, LocalDate publishedOn,
                        String title, String url, String journalist, Long reach, PressTone tone, String summary,
                        List<Long> themeIds, List<Long> demandIds, List<Long> quotedStakeholderIds,
                        List<Long> testimonyIds, Long outreachId, OffsetDateTime updatedAt, int version) {

    public PressItem {
        themeIds = List.copyOf(themeIds);
        demandIds = List.copyOf(demandIds);
        quotedStakeholderIds = List.copyOf(quotedStakeholderIds);
        testimonyIds = List.copyOf(testimonyIds);
    }

    public PressItemDraft toDraft() {
        return new PressItemDraft(outlet, medium, publishedOn, title, url, journalist, reach, tone, summary, themeIds,
                demandIds, quotedStakeholderIds, testimonyIds, outreachId);
    }
}
