package org.campaigntracker.api.demand;

import java.time.LocalDate;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.demand.Demand;
import org.campaigntracker.core.demand.DemandDraft;

/** A demand on the wire, in and out ({@code id} and {@code version} are ignored on the way in). */
public record DemandRepresentation(Long id, Long themeId, String code, String title, String body,
                                   LocalDate retiredOn, Integer version) {

    public static DemandRepresentation from(Demand d) {
        return new DemandRepresentation(d.id(), d.themeId(), d.code(), d.title(), d.body(), d.retiredOn(),
                d.version());
    }

    DemandDraft toDraft() {
        return new DemandDraft(Wire.required(themeId, "theme_id"), code, title, body, retiredOn);
    }
}
