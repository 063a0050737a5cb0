package org.campaigntracker.core.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A stored campaign; {@code version} grows with each change and guards against lost updates.
 *
 * @param doubleAskDays how many days apart two organisations' meetings with one target count as a double ask
 */
public record Campaign(long id, String slug, String name, String objective, LocalDate deadline,
                       String deadlineLabel, String defaultLanguage, OffsetDateTime updatedAt, int version,
                       int doubleAskDays) {

    public Campaign(long id, String slug, String name, String objective, LocalDate deadline, String deadlineLabel,
                    String defaultLanguage, OffsetDateTime updatedAt, int version) {
        this(id, slug, name, objective, deadline, deadlineLabel, defaultLanguage, updatedAt, version,
                CampaignDraft.DEFAULT_DOUBLE_ASK_DAYS);
    }

    public CampaignDraft toDraft() {
        return new CampaignDraft(slug, name, objective, deadline, deadlineLabel, defaultLanguage, doubleAskDays);
    }
}
