package org.campaigntracker.core.testimony;

import org.campaigntracker.core.common.Check;
import org.campaigntracker.core.common.Names;

/** Who the person behind a testimony really is. Read only through {@link TestimonyService#identity}. */
public record TestimonyIdentity(String fullName, String contact, String notes) {

    public TestimonyIdentity {
        fullName = Names.clean(fullName);
        fullName = fullName == null || fullName.isEmpty() ? null : fullName;
        contact = contact == null || contact.isBlank() ? null : contact.strip();
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        Check.of()
                .that(fullName != null || contact != null, "full_name", "one_at_least", "contact")
                .maxLength("full_name", fullName, 200)
                .orThrow();
    }

    // A record prints every field; personal data must not end up in a log line or an error report by accident.
    @Override
    public String toString() {
        return "TestimonyIdentity[redacted]";
    }
}
