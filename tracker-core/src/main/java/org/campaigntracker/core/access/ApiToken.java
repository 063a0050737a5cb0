package org.campaigntracker.core.access;

import java.time.OffsetDateTime;

/** A stored token, without its secret. */
public record ApiToken(long id, long campaignId, String campaignSlug, Role role, String label, String lookup,
                       OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {

    public boolean activeAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** The API caller this token stands for. */
    public Caller caller() {
        return new Caller(id, campaignId, campaignSlug, role);
    }
}
