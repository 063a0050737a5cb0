package org.campaigntracker.core.privacy;

import java.util.Locale;

/**
 * Someone whose data the tracker holds and who may ask for it or for its erasure: a person on the stakeholder map
 * (an official, a journalist) or the witness behind a testimony.
 */
public record Person(Kind kind, long id, String label) {

    /** The records a person can be. */
    public enum Kind {
        STAKEHOLDER, TESTIMONY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
