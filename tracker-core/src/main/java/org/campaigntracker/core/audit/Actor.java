package org.campaigntracker.core.audit;

import org.campaigntracker.core.common.Check;

/**
 * Who acted: an API token (its id and label, which names an organisation or a role, not a person's data) or the
 * operating-system account that ran a CLI command.
 */
public record Actor(String kind, String name) {

    public static final String TOKEN = "token";
    public static final String OS_USER = "os_user";

    public Actor {
        Check.of().notBlank("actor_kind", kind).notBlank("actor", name).orThrow();
    }

    public static Actor token(long tokenId, String label) {
        return new Actor(TOKEN, "#" + tokenId + " " + label);
    }

    public static Actor osUser(String user) {
        return new Actor(OS_USER, user == null || user.isBlank() ? "unknown" : user);
    }
}
