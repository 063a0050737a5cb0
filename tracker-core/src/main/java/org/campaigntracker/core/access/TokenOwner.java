package org.campaigntracker.core.access;

/**
 * Whom a token belongs to: a member of the coalition, a partner organisation (a stakeholder), or neither (a token
 * for a program, named by its label only). Never both.
 */
public record TokenOwner(Long memberId, Long organisationId) {

    public static final TokenOwner NONE = new TokenOwner(null, null);

    public TokenOwner {
        if (memberId != null && organisationId != null) {
            throw new IllegalArgumentException("a token belongs to a member or to an organisation, not both");
        }
    }

    public static TokenOwner member(long id) {
        return new TokenOwner(id, null);
    }

    public static TokenOwner organisation(long id) {
        return new TokenOwner(null, id);
    }
}
