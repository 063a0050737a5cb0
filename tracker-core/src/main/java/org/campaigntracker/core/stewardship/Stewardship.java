package org.campaigntracker.core.stewardship;

/**
 * Who holds the relationship with a stakeholder ({@code ownerId}, a member; null when nobody does) and how often,
 * in days, it should be touched (null: no cadence). {@code version} 0: nothing recorded yet.
 */
public record Stewardship(long stakeholderId, Long ownerId, String ownerName, Integer cadenceDays, int version) {

    public static Stewardship none(long stakeholderId) {
        return new Stewardship(stakeholderId, null, null, null, 0);
    }
}
