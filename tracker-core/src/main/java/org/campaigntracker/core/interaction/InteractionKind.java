package org.campaigntracker.core.interaction;

import java.util.Locale;

/** What kind of contact an interaction was; each name is the database value in upper case. */
public enum InteractionKind {
    MEETING(true),
    CALL(true),
    LETTER_SENT(false),
    EMAIL_SENT(false),
    WRITTEN_RESPONSE(true),
    PUBLIC_EVENT(false),
    HEARING(true);

    private final boolean needsParticipant;

    InteractionKind(boolean needsParticipant) {
        this.needsParticipant = needsParticipant;
    }

    /**
     * A meeting, call, hearing or written response always has someone on the other side; a letter or an e-mail may go
     * to a generic address and a public event may have no target present.
     */
    public boolean needsParticipant() {
        return needsParticipant;
    }

    /** The value users type and the database stores (letter_sent). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
