package org.campaigntracker.core.interaction;

/**
 * Who logs an interaction: a member of the coalition (the CLI's current member, a member's token), a partner
 * organisation (its token), or nobody known (a program's token, a CLI with no member chosen). Never both.
 */
public record LoggedBy(Long memberId, Long organisationId) {

    public static final LoggedBy UNKNOWN = new LoggedBy(null, null);

    public LoggedBy {
        if (memberId != null && organisationId != null) {
            throw new IllegalArgumentException("logged by a member or by an organisation, not both");
        }
    }

    public static LoggedBy member(Long id) {
        return new LoggedBy(id, null);
    }

    public static LoggedBy organisation(long id) {
        return new LoggedBy(null, id);
    }
}
