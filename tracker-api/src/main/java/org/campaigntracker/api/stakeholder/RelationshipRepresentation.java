package org.campaigntracker.api.stakeholder;

import java.time.LocalDate;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.stakeholder.Relationship;
import org.campaigntracker.core.stakeholder.RelationshipDraft;
import org.campaigntracker.core.stakeholder.RelationshipType;

/** A link between two stakeholders; its notes are private, so partners do not read relationships. */
public record RelationshipRepresentation(Long id, Long fromId, Long toId, String type, Integer strength,
                                         LocalDate since, LocalDate until, String source, String notes,
                                         Integer version) {

    static RelationshipRepresentation from(Relationship r) {
        return new RelationshipRepresentation(r.id(), r.fromId(), r.toId(), Wire.code(r.type()), r.strength(),
                r.since(), r.until(), r.source(), r.notes(), r.version());
    }

    RelationshipDraft toDraft() {
        return new RelationshipDraft(Wire.required(fromId, "from_id"), Wire.required(toId, "to_id"),
                Wire.enumValue(RelationshipType.class, type, "type"), strength, since, until, source, notes);
    }
}
