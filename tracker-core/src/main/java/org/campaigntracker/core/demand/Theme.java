package org.campaigntracker.core.demand;

import java.time.LocalDate;

/** A stored theme. */
public record Theme(long id, long campaignId, String code, int position, String title, String description,
                    LocalDate retiredOn, int version) {

    public boolean active() {
        return retiredOn == null;
    }

    public ThemeDraft toDraft() {
        return new ThemeDraft(code, position, title, description, retiredOn);
    }
}
