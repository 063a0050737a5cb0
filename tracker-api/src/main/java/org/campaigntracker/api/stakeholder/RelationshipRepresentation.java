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

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static RelationshipRepresentation of(RelationshipDraft d) {
        return new RelationshipRepresentation(null, d.fromId(), d.toId(), Wire.code(d.type()), d.strength(), d.since(),
                d.until(), d.source(), d.notes(), null);
    }

    /** The link this answer describes (a client's view: the server's fields, as core holds them). */
    public Relationship toDomain(long campaignId) {
        return new Relationship(id, campaignId, fromId, toId, Wire.enumValue(RelationshipType.class, type, "type"),
                strength, since, until, source, notes, version);
    }

    RelationshipDraft toDraft() {
        return new RelationshipDraft(Wire.required(fromId, "from_id"), Wire.required(toId, "to_id"),
                Wire.enumValue(RelationshipType.class, type, "type"), strength, since, until, source, notes);
    }
}
