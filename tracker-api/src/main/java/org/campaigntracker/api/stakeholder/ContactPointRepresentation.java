package org.campaigntracker.api.stakeholder;

import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.stakeholder.ContactKind;
import org.campaigntracker.core.stakeholder.ContactPoint;
import org.campaigntracker.core.stakeholder.ContactPointDraft;

/** A contact point; never shown to partners. */
public record ContactPointRepresentation(Long id, Long stakeholderId, String kind, String value, String label,
                                         Boolean primary, Integer version) {

    static ContactPointRepresentation from(ContactPoint c) {
        return new ContactPointRepresentation(c.id(), c.stakeholderId(), Wire.code(c.kind()), c.value(), c.label(),
                c.primary(), c.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static ContactPointRepresentation of(ContactPointDraft d) {
        return new ContactPointRepresentation(null, null, Wire.code(d.kind()), d.value(), d.label(), d.primary(), null);
    }

    /** The contact point this answer describes (a client's view: the server's fields, as core holds them). */
    public ContactPoint toDomain() {
        return new ContactPoint(id, stakeholderId, Wire.enumValue(ContactKind.class, kind, "kind"), value, label,
                Boolean.TRUE.equals(primary), version);
    }

    ContactPointDraft toDraft() {
        return new ContactPointDraft(Wire.enumValue(ContactKind.class, kind, "kind"), value, label,
                Boolean.TRUE.equals(primary));
    }
}
