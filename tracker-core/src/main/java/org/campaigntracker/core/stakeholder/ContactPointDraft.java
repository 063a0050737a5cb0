package org.campaigntracker.core.stakeholder;

import java.util.regex.Pattern;
import org.campaigntracker.core.common.Check;

/**
 * A way to reach a stakeholder, as a user gives it.
 *
 * @param label   what the value is (office, assistant, press desk)
 * @param primary the one to use first for this kind; a stakeholder has at most one primary per kind
 */
public record ContactPointDraft(ContactKind kind, String value, String label, boolean primary) {

    // Core alone checks an email's shape: the database only ever sees the sealed value (changeset 0020).
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ContactPointDraft {
        value = value == null ? null : value.strip();
        label = StakeholderDraft.blankToNull(label);
        Check.of()
                .required("kind", kind)
                .notBlank("value", value)
                .maxLength("value", value, 500)
                .matches("value", kind == ContactKind.email ? value : null, EMAIL, "name@example.org")
                .maxLength("label", label, 200)
                .orThrow();
    }

    public static ContactPointDraft of(ContactKind kind, String value) {
        return new ContactPointDraft(kind, value, null, false);
    }
}
