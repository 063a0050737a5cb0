package org.campaigntracker.core.access;

/** An authenticated API caller: one campaign, one role. */
public record Caller(long tokenId, long campaignId, String campaignSlug, Role role) {

    public boolean mayRead(long campaign) {
        return campaign == campaignId;
    }
}
