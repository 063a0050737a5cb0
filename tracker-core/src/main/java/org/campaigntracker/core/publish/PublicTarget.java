package org.campaigntracker.core.publish;

import java.util.EnumSet;
import org.campaigntracker.core.hatvp.OfficialCategory;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;

/**
 * Who made a public position or commitment, as the public page may name them: an organisation by its name; a person
 * by name only when they are a public official (a direct or intermediate target whose function or organisation
 * names a public office, as the HATVP register infers it); any other person only by function and organisation.
 *
 * @param name         the person's or organisation's name, or null when the rule hides it
 * @param function     the person's function, or null
 * @param organisation the person's organisation, or null
 */
public record PublicTarget(long id, String name, String function, String organisation) {

    private static final EnumSet<StakeholderCategory> TARGETS =
            EnumSet.of(StakeholderCategory.direct_target, StakeholderCategory.intermediate_target);

    public static PublicTarget of(Stakeholder s) {
        if (s.isOrganisation()) {
            return new PublicTarget(s.id(), s.name(), null, null);
        }
        return new PublicTarget(s.id(), isPublicOfficial(s) ? s.name() : null, s.function(), s.organisationName());
    }

    /** A person the public page may name: a target whose function is a public office the register recognises. */
    public static boolean isPublicOfficial(Stakeholder s) {
        return !s.isOrganisation() && TARGETS.contains(s.category())
                && OfficialCategory.of(s) != OfficialCategory.PUBLIC_AGENT;
    }

    /** "Nicolas Grivel, directeur général (CNAF)", "directeur général (CNAF)", "CNAF". */
    public String label() {
        StringBuilder b = new StringBuilder();
        if (name != null) {
            b.append(name);
        }
        if (function != null) {
            b.append(b.length() > 0 ? ", " : "").append(function);
        }
        if (organisation != null) {
            b.append(b.length() > 0 ? " (" + organisation + ")" : organisation);
        }
        return b.toString();
    }
}
