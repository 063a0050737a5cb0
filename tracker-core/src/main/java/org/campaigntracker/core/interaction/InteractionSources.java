package org.campaigntracker.core.interaction;

import static org.campaigntracker.core.common.DatabaseErrors.translated;
import static org.campaigntracker.db.jooq.Tables.INTERACTION;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The source reference of imported interactions (changeset 0038): a digest of a calendar event's UID or an e-mail's
 * Message-ID, unique per campaign, so the same invitation imported twice is logged once.
 */
final class InteractionSources {

    private final DSLContext dsl;

    InteractionSources(DSLContext dsl) {
        this.dsl = dsl;
    }

    void mark(long campaignId, long interactionId, String sourceRef) {
        translated(() -> dsl.update(INTERACTION).set(INTERACTION.SOURCE_REF, sourceRef)
                .where(INTERACTION.ID.eq(interactionId), INTERACTION.CAMPAIGN_ID.eq(campaignId)).execute());
    }

    /** Those of {@code refs} already on an interaction of the campaign. */
    Set<String> known(long campaignId, Collection<String> refs) {
        return dsl.select(INTERACTION.SOURCE_REF).from(INTERACTION)
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.SOURCE_REF.in(refs))
                .fetchSet(INTERACTION.SOURCE_REF);
    }

    /** Interaction id → source reference, for the campaign file. */
    Map<Long, String> all(long campaignId) {
        return dsl.select(INTERACTION.ID, INTERACTION.SOURCE_REF).from(INTERACTION)
                .where(INTERACTION.CAMPAIGN_ID.eq(campaignId), INTERACTION.SOURCE_REF.isNotNull())
                .fetchMap(INTERACTION.ID, INTERACTION.SOURCE_REF);
    }
}
