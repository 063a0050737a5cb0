package org.campaigntracker.core.hatvp;

import java.util.Optional;
import org.campaigntracker.core.interaction.InteractionKind;

/** The register's types of action that interactions map to; labels are in the core message bundles. */
public enum ActionType {
    /** Organiser des discussions informelles ou des réunions en tête-à-tête. */
    MEETINGS,
    /** Envoyer des pétitions, lettres, tracts. */
    LETTERS,
    /** Organiser des débats publics, des marches, des stratégies d'influence sur internet. */
    PUBLIC_EVENTS;

    /**
     * The action an interaction of this kind is; empty for a written response, which the official sent: it is not
     * a communication at the coalition's initiative, so it neither counts toward the threshold nor is declared.
     */
    public static Optional<ActionType> of(InteractionKind kind) {
        return switch (kind) {
            case MEETING, CALL, HEARING -> Optional.of(MEETINGS);
            case LETTER_SENT, EMAIL_SENT -> Optional.of(LETTERS);
            case PUBLIC_EVENT -> Optional.of(PUBLIC_EVENTS);
            case WRITTEN_RESPONSE -> Optional.empty();
        };
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
