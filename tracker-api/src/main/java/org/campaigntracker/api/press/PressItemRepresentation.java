package org.campaigntracker.api.press;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.press.PressItem;
import org.campaigntracker.core.press.PressItemDraft;
import org.campaigntracker.core.press.PressMedium;
import org.campaigntracker.core.press.PressTone;

/** A press item with its links, as the team sees it (testimonies and the send that led to it by id only); partners get {@link PublicPressItem}. */
public record PressItemRepresentation(Long id, String outlet, String medium, LocalDate publishedOn, String title,
                                      String url, String journalist, Long reach, String tone, String summary,
                                      List<Long> themeIds, List<Long> demandIds, List<Long> quotedStakeholderIds,
                                      List<Long> testimonyIds, Long outreachId, OffsetDateTime updatedAt,
                                      Integer version) {

    static PressItemRepresentation from(PressItem p) {
        return new PressItemRepresentation(p.id(), p.outlet(), p.medium().code(), p.publishedOn(), p.title(), p.url(),
                p.journalist(), p.reach(), p.tone().code(), p.summary(), p.themeIds(), p.demandIds(),
                p.quotedStakeholderIds(), p.testimonyIds(), p.outreachId(), p.updatedAt(), p.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static PressItemRepresentation of(PressItemDraft d) {
        return new PressItemRepresentation(null, d.outlet(), d.medium() == null ? null : d.medium().code(),
                d.publishedOn(), d.title(), d.url(), d.journalist(), d.reach(), d.tone() == null ? null : d.tone().code(),
                d.summary(), d.themeIds(), d.demandIds(), d.quotedStakeholderIds(), d.testimonyIds(), d.outreachId(),
                null, null);
    }

    /** The item this answer describes (a client's view: the server's fields, as core holds them). */
    public PressItem toDomain(long campaignId) {
        return new PressItem(id, campaignId, outlet, Wire.enumValue(PressMedium.class, medium, "medium"), publishedOn,
                title, url, journalist, reach, Wire.enumValue(PressTone.class, tone, "tone"), summary, themeIds,
                demandIds, quotedStakeholderIds, testimonyIds, outreachId, updatedAt, version);
    }

    PressItemDraft toDraft() {
        return new PressItemDraft(outlet, Wire.enumValue(PressMedium.class, medium, "medium"), publishedOn, title, url,
                journalist, reach, Wire.enumValue(PressTone.class, tone, "tone"), summary, themeIds, demandIds,
                quotedStakeholderIds, testimonyIds, outreachId);
    }
}
