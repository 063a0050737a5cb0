package org.campaigntracker.core.publish;

import java.util.Locale;
import org.campaigntracker.core.common.InvalidInputException;

/** What can be marked public, by the name the CLI and the API use. */
public enum PublicKind {
    position, commitment, press, milestone, mobilisation;

    public static PublicKind parse(String text) {
        for (PublicKind k : values()) {
            if (k.name().equals(text == null ? null : text.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw InvalidInputException.of("kind", "one_of", "position, commitment, press, milestone, mobilisation");
    }
}
