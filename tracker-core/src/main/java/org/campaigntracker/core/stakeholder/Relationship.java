package org.campaigntracker.core.stakeholder;

import java.time.LocalDate;

/** A stored link between two stakeholders. */
public record Relationship(long id, long campaignId, long fromId, long toId, RelationshipType type, int strength,
                           LocalDate since, LocalDate until, String source, String notes, int version) {

    public RelationshipDraft toDraft() {
        return new RelationshipDraft(fromId, toId, type, strength, since, until, source, notes);
    }
}
