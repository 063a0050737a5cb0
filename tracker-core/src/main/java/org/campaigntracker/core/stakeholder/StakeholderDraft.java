package org.campaigntracker.core.stakeholder;

import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A stakeholder as a user gives it. A null category, power or stance takes the default (neutral, 3, 0): a
 * coordinator often adds a name first and places it on the map later.
 *
 * @param function       function or title (directeur général)
 * @param organisationId the organisation this stakeholder belongs to, if any
 * @param power          how much it can move the decision, 1 (little) to 5 (decides)
 * @param stance         −2 (strongly against) to +2 (strongly for)
 * @param notes          private notes, never shown outside the campaign
 */
public record StakeholderDraft(StakeholderKind kind, String name, String function, Long organisationId,
                               StakeholderCategory category, Integer power, Integer stance, String notes) {

    public StakeholderDraft {
        name = Names.clean(name);
        function = blankToNull(Names.clean(function));
        notes = blankToNull(notes);
        category = category == null ? StakeholderCategory.neutral : category;
        power = power == null ? 3 : power;
        stance = stance == null ? 0 : stance;
        Check.of()
                .required("kind", kind)
                .notBlank("name", name)
                .that(name == null || name.isBlank() || !Names.key(name).isEmpty(), "name", "format",
                        "Secours catholique")
                .maxLength("name", name, 300)
                .maxLength("function", function, 300)
                .maxLength("notes", notes, Check.LONG_TEXT)
                .range("power", power, 1, 5)
                .range("stance", stance, -2, 2)
                .orThrow();
    }

    public static StakeholderDraft person(String name, String function, Long organisationId,
                                          StakeholderCategory category) {
        return new StakeholderDraft(StakeholderKind.person, name, function, organisationId, category, null, null, null);
    }

    public static StakeholderDraft organisation(String name, StakeholderCategory category) {
        return new StakeholderDraft(StakeholderKind.organisation, name, null, null, category, null, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
