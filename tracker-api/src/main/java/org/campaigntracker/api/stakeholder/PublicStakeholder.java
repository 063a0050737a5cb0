package org.campaigntracker.api.stakeholder;

import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.stakeholder.Stakeholder;

/**
 * A stakeholder as a partner sees it. An organisation keeps its name; a person is shown by {@code function} and
 * {@code organisationName} only ("Directeur général", "CNAF"): partners follow institutions and roles, and a
 * person's name, private notes, and our own power and stance estimates are not theirs to hold.
 */
public record PublicStakeholder(long id, String kind, String name, String function, Long organisationId,
                                String organisationName, String category, int version) {

    public static PublicStakeholder from(Stakeholder s) {
        return new PublicStakeholder(s.id(), Wire.code(s.kind()), s.isOrganisation() ? s.name() : null, s.function(),
                s.organisationId(), s.organisationName(), Wire.code(s.category()), s.version());
    }
}
