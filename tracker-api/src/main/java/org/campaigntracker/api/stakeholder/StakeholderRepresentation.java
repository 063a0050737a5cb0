package org.campaigntracker.api.stakeholder;

import java.time.OffsetDateTime;
import org.campaigntracker.api.http.Wire;
import org.campaigntracker.core.stakeholder.Stakeholder;
import org.campaigntracker.core.stakeholder.StakeholderCategory;
import org.campaigntracker.core.stakeholder.StakeholderDraft;
import org.campaigntracker.core.stakeholder.StakeholderKind;

/** A stakeholder in full, for advisers and coordinators; also the body of a create or update. */
public record StakeholderRepresentation(Long id, String kind, String name, String function, Long organisationId,
                                        String organisationName, String category, Integer power, Integer stance,
                                        String notes, OffsetDateTime updatedAt, Integer version) {

    public static StakeholderRepresentation from(Stakeholder s) {
        return new StakeholderRepresentation(s.id(), Wire.code(s.kind()), s.name(), s.function(), s.organisationId(),
                s.organisationName(), Wire.code(s.category()), s.power(), s.stance(), s.notes(), s.updatedAt(), s.version());
    }

    /** The body of a create or update: what a draft says, nothing read-only. */
    public static StakeholderRepresentation of(StakeholderDraft d) {
        return new StakeholderRepresentation(null, Wire.code(d.kind()), d.name(), d.function(), d.organisationId(),
                null, Wire.code(d.category()), d.power(), d.stance(), d.notes(), null, null);
    }

    /** The stakeholder this answer describes (a client's view: the server's fields, as core holds them). */
    public Stakeholder toDomain(long campaignId) {
        return new Stakeholder(id, campaignId, Wire.enumValue(StakeholderKind.class, kind, "kind"), name, function,
                organisationId, organisationName, Wire.enumValue(StakeholderCategory.class, category, "category"),
                power, stance, notes, updatedAt, version);
    }

    StakeholderDraft toDraft() {
        return new StakeholderDraft(Wire.enumValue(StakeholderKind.class, kind, "kind"), name, function,
                organisationId, Wire.enumValue(StakeholderCategory.class, category, "category"), power, stance, notes);
    }
}
