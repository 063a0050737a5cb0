package org.campaigntracker.core.publish;

import java.util.Map;
import org.campaigntracker.core.common.InvalidInputException;
import org.campaigntracker.core.common.Names;

/** What can be marked public, by the name the CLI and the API use. */
public enum PublicKind {
    position, commitment, press, milestone, mobilisation;

    /** What people type besides the names: plurals, the API's collections, and the French words. */
    private static final Map<String, PublicKind> WORDS = Map.ofEntries(
            Map.entry("positions", position), Map.entry("prise de position", position),
            Map.entry("commitments", commitment), Map.entry("engagement", commitment),
            Map.entry("engagements", commitment), Map.entry("presse", press), Map.entry("press item", press),
            Map.entry("press items", press), Map.entry("article", press), Map.entry("articles", press),
            Map.entry("milestones", milestone), Map.entry("jalon", milestone), Map.entry("jalons", milestone),
            Map.entry("mobilisations", mobilisation), Map.entry("mobilization", mobilisation),
            Map.entry("mobilizations", mobilisation));

    /** A kind as typed: its name or one of {@link #WORDS}, in any case, with or without accents, dashes for spaces. */
    public static PublicKind parse(String text) {
        String key = Names.key(text == null ? "" : text.replace('-', ' ').replace('_', ' '));
        for (PublicKind k : values()) {
            if (k.name().equals(key)) {
                return k;
            }
        }
        PublicKind word = WORDS.get(key);
        if (word == null) {
            throw InvalidInputException.of("kind", "one_of", "position, commitment, press, milestone, mobilisation");
        }
        return word;
    }
}
