package org.campaigntracker.core.stakeholder;

import java.time.OffsetDateTime;

/**
 * A stored stakeholder. {@code organisationName} is read with it so lists and prompts can show
 * "Nicolas Grivel (CNAF)" without another lookup.
 */
public record Stakeholder(long id, long campaignId, StakeholderKind kind, String name, String function,
                          Long organisationId, String organisationName, StakeholderCategory category, int power,
                          int stance, String notes, OffsetDateTime updatedAt, int version) {

    public boolean isOrganisation() {
        return kind == StakeholderKind.organisation;
    }

    /** "Nicolas Grivel (CNAF)": how a stakeholder is shown in lists and prompts. */
    public String label() {
        return organisationName == null ? name : name + " (" + organisationName + ")";
    }

    public StakeholderDraft toDraft() {
        return new StakeholderDraft(kind, name, function, organisationId, category, power, stance, notes);
    }
}
