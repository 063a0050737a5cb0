package org.campaigntracker.api.outreach;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.outreach.Outreach;
import org.campaigntracker.core.outreach.OutreachCoverage;
import org.campaigntracker.core.outreach.OutreachDraft;
import org.campaigntracker.core.outreach.OutreachKind;

/** A send to the press, and the body of a create; {@code coverage} (read only) is what it led to. */
public record OutreachRepresentation(Long id, String kind, LocalDate sentOn, String title, OffsetDateTime embargoUntil,
                                     List<Long> demandIds, List<Long> journalistIds, List<String> outlets,
                                     List<String> attachments, Coverage coverage, Integer version) {

    /** The items that name the send, the days from the send to the first, outlets reached and not. */
    public record Coverage(List<Item> items, Long daysToCoverage, List<String> reached, List<String> notReached) {
    }

    public record Item(long id, LocalDate publishedOn, String outlet, String title) {
    }

    /** The body of {@code POST …/outreach/{id}/press-items}: the press item this send led to. */
    public record Link(Long pressItemId) {
    }

    static OutreachRepresentation from(OutreachCoverage c) {
        var o = c.outreach();
        return new OutreachRepresentation(o.id(), o.kind().name(), o.sentOn(), o.title(), o.embargoUntil(),
                o.demandIds(), o.journalistIds(), o.outlets(), o.attachments(), new Coverage(c.items().stream()
                        .map(i -> new Item(i.id(), i.publishedOn(), i.outlet(), i.title())).toList(),
                        c.daysToCoverage(), c.reached(), c.notReached()), o.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static OutreachRepresentation of(OutreachDraft d) {
        return new OutreachRepresentation(null, d.kind().name(), d.sentOn(), d.title(), d.embargoUntil(), d.demandIds(),
                d.journalistIds(), d.outlets(), d.attachments(), null, null);
    }

    /** The send and its coverage this answer describes (a client's view, as core holds them). */
    public OutreachCoverage toDomain(long campaignId) {
        List<Long> pressItemIds = coverage == null ? List.of() : coverage.items().stream().map(Item::id).toList();
        Outreach o = new Outreach(id, campaignId, Wire.enumValue(OutreachKind.class, kind, "kind"), sentOn, title,
                embargoUntil, demandIds, journalistIds, outlets, attachments, pressItemIds, version);
        return coverage == null ? new OutreachCoverage(o, List.of(), null, List.of(), outlets)
                : new OutreachCoverage(o, coverage.items().stream().map(i -> new OutreachCoverage.Item(i.id(),
                        i.publishedOn(), i.outlet(), i.title())).toList(), coverage.daysToCoverage(),
                        coverage.reached(), coverage.notReached());
    }

    OutreachDraft toDraft() {
        return new OutreachDraft(Wire.enumValue(OutreachKind.class, kind, "kind"), sentOn, title, embargoUntil,
                demandIds, journalistIds, outlets, attachments);
    }
}
