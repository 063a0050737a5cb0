package org.campaigntracker.core.stewardship;

import java.time.LocalDate;
import java.util.List;

/**
 * A relationship past its cadence: the stakeholder, its owner (null when nobody holds it), the cadence, the last
 * contact on or before the day asked (null: never met) and the members who had it, and how many days late it is
 * ({@code overdueDays}; for a stakeholder never contacted, null).
 */
public record RelationshipDue(long stakeholderId, String stakeholder, Long ownerId, String ownerName, int cadenceDays,
                              LocalDate lastContactOn, List<String> lastContactBy, Long overdueDays) {

    public RelationshipDue {
        lastContactBy = List.copyOf(lastContactBy);
    }
}
