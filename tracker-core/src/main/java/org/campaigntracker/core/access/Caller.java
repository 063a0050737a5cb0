package org.campaigntracker.core.access;

/**
 * An authenticated API caller: one campaign, one role, and whom the token belongs to (a member of the coalition, a
 * partner organisation, or neither) so that what it writes records who logged it.
 */
public record Caller(long tokenId, long campaignId, String campaignSlug, Role role, Long memberId,
                     Long organisationId) {

    /** A caller whose token belongs to nobody known. */
    public Caller(long tokenId, long campaignId, String campaignSlug, Role role) {
        this(tokenId, campaignId, campaignSlug, role, null, null);
    }

    public boolean mayRead(long campaign) {
        return campaign == campaignId;
    }
}
