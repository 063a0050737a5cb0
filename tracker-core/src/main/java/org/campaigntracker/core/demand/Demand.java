package org.campaigntracker.core.demand;

import java.time.LocalDate;

/** A stored demand. */
public record Demand(long id, long campaignId, long themeId, String code, String title, String body,
                     LocalDate retiredOn, int version) {

    public boolean active() {
        return retiredOn == null;
    }

    public DemandDraft toDraft() {
        return new DemandDraft(themeId, code, title, body, retiredOn);
    }

    /** "1.2 Ban automatic suspensions": how a demand is shown in lists and prompts. */
    public String label() {
        return code + " " + title;
    }
}
