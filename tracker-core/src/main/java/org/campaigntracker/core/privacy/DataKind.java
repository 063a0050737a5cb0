package org.campaigntracker.core.privacy;

import java.util.Set;
import org.campaigntracker.core.access.Role;

/** What a column holds, from the point of view of the people it may concern, and who may read it by default. */
public enum DataKind {
    /** Not about a person: ids, dates, codes, demands, counts. */
    NONE(true, Set.of(Role.PARTNER, Role.ADVISER, Role.COORDINATOR)),
    /** About a person acting in a public role (an official's function): partners follow roles. */
    PUBLIC_ROLE(true, Set.of(Role.PARTNER, Role.ADVISER, Role.COORDINATOR)),
    /** A pseudonym chosen by the team: identifies nobody outside it. */
    PSEUDONYM(true, Set.of(Role.ADVISER, Role.COORDINATOR)),
    /** A name (or a key derived from it) of a real person. */
    IDENTITY(false, Set.of(Role.ADVISER, Role.COORDINATOR)),
    /** A way to reach a person: email, phone, address. */
    CONTACT(false, Set.of(Role.ADVISER, Role.COORDINATOR)),
    /** A testimony's story: may reveal health, money, family (special categories under the GDPR). */
    SENSITIVE_STORY(false, Set.of(Role.ADVISER, Role.COORDINATOR)),
    /** Free text written by the team (notes, private summaries): may name or describe people. */
    FREE_TEXT(false, Set.of(Role.ADVISER, Role.COORDINATOR)),
    /** A credential's hash or lookup: nobody reads it back. */
    SECRET(false, Set.of());

    private final boolean harmless;
    private final Set<Role> readers;

    DataKind(boolean harmless, Set<Role> readers) {
        this.harmless = harmless;
        this.readers = readers;
    }

    /** Whether a value of this kind identifies or describes a person outside the team. */
    public boolean personal() {
        return !harmless;
    }

    public Set<Role> readers() {
        return readers;
    }
}
