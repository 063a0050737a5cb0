package org.campaigntracker.api.demand;

import java.time.LocalDate;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.demand.ThemeDraft;

/** A theme on the wire, in and out ({@code id} and {@code version} are ignored on the way in). */
public record ThemeRepresentation(Long id, String code, Integer position, String title, String description,
                                  LocalDate retiredOn, Integer version) {

    static ThemeRepresentation from(Theme t) {
        return new ThemeRepresentation(t.id(), t.code(), t.position(), t.title(), t.description(), t.retiredOn(),
                t.version());
    }

    ThemeDraft toDraft() {
        return new ThemeDraft(code, position, title, description, retiredOn);
    }
}
