package org.campaigntracker.api.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.campaigntracker.core.campaign.Campaign;

/** A campaign on the wire. */
public record CampaignRepresentation(long id, String slug, String name, String objective, LocalDate deadline,
                                     String deadlineLabel, String defaultLanguage, int doubleAskDays,
                                     OffsetDateTime updatedAt, int version) {

    /** The campaign this answer describes (a client's view: the server's fields, as core holds them). */
    public Campaign toDomain() {
        return new Campaign(id, slug, name, objective, deadline, deadlineLabel, defaultLanguage, updatedAt, version,
                doubleAskDays);
    }

    public static CampaignRepresentation from(Campaign c) {
        return new CampaignRepresentation(c.id(), c.slug(), c.name(), c.objective(), c.deadline(), c.deadlineLabel(),
                c.defaultLanguage(), c.doubleAskDays(), c.updatedAt(), c.version());
    }
}
