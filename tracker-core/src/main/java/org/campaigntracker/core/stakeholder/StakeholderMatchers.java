package org.campaigntracker.core.stakeholder;

import java.util.ArrayList;
import java.util.List;
import org.campaigntracker.core.common.NameMatcher;

/** How {@link Stakeholders#find} matches: a stakeholder answers to its name, "name organisation" and its function. */
final class StakeholderMatchers {

    static final NameMatcher<Stakeholder> STAKEHOLDERS =
            new NameMatcher<>("stakeholder", Stakeholder::label, StakeholderMatchers::names);
    static final NameMatcher<Stakeholder> ORGANISATIONS =
            new NameMatcher<>("organisation", Stakeholder::label, StakeholderMatchers::names);

    private StakeholderMatchers() {
    }

    private static List<String> names(Stakeholder s) {
        List<String> names = new ArrayList<>(List.of(s.name()));
        if (s.organisationName() != null) {
            names.add(s.name() + " " + s.organisationName());
        }
        if (s.function() != null) {
            names.add(s.function());
        }
        return names;
    }
}
