package org.campaigntracker.api.demand;

import java.time.LocalDate;
import org.campaigntracker.core.demand.Theme;
import org.campaigntracker.core.demand.ThemeDraft;

/** A theme on the wire, in and out ({@code id} and {@code version} are ignored on the way in). */
public record ThemeRepresentation(Long id, String code, Integer position, String title, String description,
                                  LocalDate retiredOn, Integer version) {

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static ThemeRepresentation of(ThemeDraft d) {
        return new ThemeRepresentation(null, d.code(), d.position(), d.title(), d.description(), d.retiredOn(), null);
    }

    /** The theme this answer describes (a client's view: the server's fields, as core holds them). */
    public Theme toDomain(long campaignId) {
        return new Theme(id, campaignId, code, position, title, description, retiredOn, version);
    }

    static ThemeRepresentation from(Theme t) {
        return new ThemeRepresentation(t.id(), t.code(), t.position(), t.title(), t.description(), t.retiredOn(),
                t.version());
    }

    ThemeDraft toDraft() {
        return new ThemeDraft(code, position, title, description, retiredOn);
    }
}
