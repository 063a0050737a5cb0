package org.campaigntracker.core.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored campaign; {@code version} grows with each change and guards against lost updates. */
public record Campaign(long id, String slug, String name, String objective, LocalDate deadline,
                       String deadlineLabel, String defaultLanguage, OffsetDateTime updatedAt, int version) {

    public CampaignDraft toDraft() {
        return new CampaignDraft(slug, name, objective, deadline, deadlineLabel, defaultLanguage);
    }
}
