package org.campaigntracker.core.access;

import java.time.OffsetDateTime;

/**
 * A stored token, without its secret.
 *
 * @param memberId       the member of the coalition it belongs to, if any
 * @param organisationId the partner organisation (a stakeholder) it belongs to, if any
 * @param owner          that member's or organisation's name; null for a token of neither
 * @param lastUsedAt     when a server last accepted it (to within ten minutes), null if never
 */
public record ApiToken(long id, long campaignId, String campaignSlug, Role role, String label, String lookup,
                       OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt, Long memberId,
                       Long organisationId, String owner, OffsetDateTime lastUsedAt) {

    public ApiToken(long id, long campaignId, String campaignSlug, Role role, String label, String lookup,
                    OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
        this(id, campaignId, campaignSlug, role, label, lookup, createdAt, expiresAt, revokedAt, null, null, null, null);
    }

    /** Who acts with it, as the audit trail names them: the owner, else the token's label. */
    public String who() {
        return owner != null ? owner : label;
    }

    public boolean activeAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    /** The API caller this token stands for. */
    public Caller caller() {
        return new Caller(id, campaignId, campaignSlug, role, memberId, organisationId);
    }
}
