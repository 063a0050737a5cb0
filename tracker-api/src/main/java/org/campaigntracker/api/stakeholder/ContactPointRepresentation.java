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

    ContactPointDraft toDraft() {
        return new ContactPointDraft(Wire.enumValue(ContactKind.class, kind, "kind"), value, label,
                Boolean.TRUE.equals(primary));
    }
}
