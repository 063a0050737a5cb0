package org.campaigntracker.core.member;

import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/**
 * A member as a user gives it. Display names are unique in a campaign once normalised, since members are found
 * by name on the command line.
 *
 * @param displayName    how the member is named (often a first name: "Valérie")
 * @param organisationId the organisation on the stakeholder map the member comes from (Secours catholique), if any
 * @param contact        how to reach them (e-mail, phone), free text; sealed in the database
 */
public record MemberDraft(String displayName, MemberKind kind, Long organisationId, String notes, String language,
                          String contact) {

    /** A contact holds a few addresses and numbers, not a letter. */
    public static final int CONTACT_MAX = 500;

    public MemberDraft {
        displayName = Names.clean(displayName);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        Check.of()
                .notBlank("name", displayName)
                .that(displayName == null || displayName.isBlank() || !Names.key(displayName).isEmpty(), "name",
                        "format", "Valérie")
                .maxLength("name", displayName, 200)
                .maxLength("notes", notes, Check.LONG_TEXT)
                .maxLength("contact", contact, CONTACT_MAX)
                .required("kind", kind)
                .that(language == null || language.equals("en") || language.equals("fr"), "language", "one_of",
                        "en, fr")
                .orThrow();
    }

    public MemberDraft(String displayName, MemberKind kind, Long organisationId, String notes, String language) {
        this(displayName, kind, organisationId, notes, language, null);
    }

    public MemberDraft(String displayName, MemberKind kind, Long organisationId, String notes) {
        this(displayName, kind, organisationId, notes, null, null);
    }

    public MemberDraft withContact(String value) {
        return new MemberDraft(displayName, kind, organisationId, notes, language, value);
    }

    public static MemberDraft of(String displayName, MemberKind kind) {
        return new MemberDraft(displayName, kind, null, null, null, null);
    }
}
