package org.campaigntracker.api.security;

import java.util.List;
import org.campaigntracker.core.access.Role;

/** The caller's role may not do this on its own campaign. */
public final class RoleNotAllowedException extends RuntimeException {

    private final Role role;
    private final List<Role> allowed;

    public RoleNotAllowedException(Role role, List<Role> allowed) {
        super(role + " not in " + allowed, null, false, false);
        this.role = role;
        this.allowed = List.copyOf(allowed);
    }

    public Role role() {
        return role;
    }

    public List<Role> allowed() {
        return allowed;
    }
}
