package org.campaigntracker.api.demand;

import java.time.LocalDate;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandDraft;

/** A demand on the wire, in and out ({@code id} and {@code version} are ignored on the way in). */
public record DemandRepresentation(Long id, Long themeId, String code, String title, String body,
                                   LocalDate retiredOn, Integer version) {

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static DemandRepresentation of(DemandDraft d) {
        return new DemandRepresentation(null, d.themeId(), d.code(), d.title(), d.body(), d.retiredOn(), null);
    }

    /** The demand this answer describes (a client's view: the server's fields, as core holds them). */
    public Demand toDomain(long campaignId) {
        return new Demand(id, campaignId, themeId, code, title, body, retiredOn, version);
    }

    public static DemandRepresentation from(Demand d) {
        return new DemandRepresentation(d.id(), d.themeId(), d.code(), d.title(), d.body(), d.retiredOn(),
                d.version());
    }

    DemandDraft toDraft() {
        return new DemandDraft(Wire.required(themeId, "theme_id"), code, title, body, retiredOn);
    }
}
