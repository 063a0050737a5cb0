package org.campaigntracker.api.position;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.position.Position;
import org.campaigntracker.core.position.PositionDraft;
import org.campaigntracker.core.position.PositionLevel;

/**
 * A position statement, and the body of a create or correction. Partners get it without {@code note} (our own
 * comment on the statement).
 */
public record PositionRepresentation(Long id, Long stakeholderId, Long demandId, String level, LocalDate statedOn,
                                     Long evidenceInteractionId, Long evidencePressItemId, String evidenceDocument,
                                     String note, OffsetDateTime createdAt, Integer version) {

    public static PositionRepresentation from(Position p, boolean personalData) {
        return new PositionRepresentation(p.id(), p.stakeholderId(), p.demandId(), Wire.code(p.level()), p.statedOn(),
                p.evidenceInteractionId(), p.evidencePressItemId(), p.evidenceDocument(),
                personalData ? p.note() : null, p.createdAt(), p.version());
    }

    /** The body of a create or correction: what a draft says, nothing read-only. */
    public static PositionRepresentation of(PositionDraft d) {
        return new PositionRepresentation(null, d.stakeholderId(), d.demandId(), Wire.code(d.level()), d.statedOn(),
                d.evidenceInteractionId(), d.evidencePressItemId(), d.evidenceDocument(), d.note(), null, null);
    }

    /** The statement this answer describes (a client's view: the server's fields, as core holds them). */
    public Position toDomain(long campaignId) {
        return new Position(id, campaignId, stakeholderId, demandId, Wire.enumValue(PositionLevel.class, level,
                "level"), statedOn, evidenceInteractionId, evidencePressItemId, evidenceDocument, note, createdAt,
                version);
    }

    PositionDraft toDraft() {
        return new PositionDraft(Wire.required(stakeholderId, "stakeholder_id"), Wire.required(demandId, "demand_id"),
                Wire.enumValue(PositionLevel.class, level, "level"), statedOn, evidenceInteractionId,
                evidencePressItemId, evidenceDocument, note);
    }
}
