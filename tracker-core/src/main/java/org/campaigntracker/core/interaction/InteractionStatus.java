package org.campaigntracker.core.interaction;

import java.util.Locale;

/**
 * Where an interaction stands: planned (it has not happened yet), held, or cancelled. Only held interactions count
 * as contact: last contact, relationships due, evidence, the activity feed and the public page ignore the others.
 */
public enum InteractionStatus {
    PLANNED, HELD, CANCELLED;

    /** The value users type and the database stores (planned). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Planned → held or cancelled; a cancelled meeting may be planned again; a held one stays held. */
    public boolean mayBecome(InteractionStatus next) {
        return this == next || switch (this) {
            case PLANNED -> true;
            case CANCELLED -> next == PLANNED;
            case HELD -> false;
        };
    }
}
