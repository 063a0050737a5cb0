package org.campaigntracker.api.access;

import java.time.OffsetDateTime;
import org.campaigntracker.core.access.ApiToken;
import org.campaigntracker.core.access.Role;

/**
 * A token as a coordinator reviews it: never its secret (only the server's hash of it exists), its lookup (the
 * public half that names it), who holds it and when it was made, last used, expires or was revoked.
 */
public record TokenRepresentation(long id, String role, String label, String lookup, Long memberId,
                                  Long organisationId, String owner, OffsetDateTime createdAt,
                                  OffsetDateTime expiresAt, OffsetDateTime revokedAt, OffsetDateTime lastUsedAt) {

    static TokenRepresentation from(ApiToken t) {
        return new TokenRepresentation(t.id(), t.role().wire(), t.label(), t.lookup(), t.memberId(),
                t.organisationId(), t.owner(), t.createdAt(), t.expiresAt(), t.revokedAt(), t.lastUsedAt());
    }

    /** The token this answer describes (a client's view: the server's fields, as core holds them). */
    public ApiToken toDomain(long campaignId, String campaignSlug) {
        return new ApiToken(id, campaignId, campaignSlug, Role.parse(role), label, lookup, createdAt, expiresAt,
                revokedAt, memberId, organisationId, owner, lastUsedAt);
    }
}
