package org.campaigntracker.api.testimony;

import org.campaigntracker.core.testimony.TestimonyIdentity;

/** Who the witness is: for advisers and coordinators only, each read audited. */
public record IdentityRepresentation(String fullName, String contact, String notes) {

    public static IdentityRepresentation of(TestimonyIdentity i) {
        return from(i);
    }

    static IdentityRepresentation from(TestimonyIdentity i) {
        return new IdentityRepresentation(i.fullName(), i.contact(), i.notes());
    }

    public TestimonyIdentity toDomain() {
        return new TestimonyIdentity(fullName, contact, notes);
    }
}
