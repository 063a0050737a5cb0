package org.campaigntracker.core.position;

import java.util.Locale;
import java.util.Optional;
import org.campaigntracker.core.common.Labels;
import org.campaigntracker.core.common.Names;

/** How far a stakeholder went on a demand; names are the database's. Progress order lives in {@link Ledger}. */
public enum PositionLevel {
    unknown, opposed, hesitant, supportive, committed_verbally, committed_in_writing, implemented, backtracked;

    /** The level in words, as people read it ("committed verbally", "engagement oral"). */
    public String label(Locale locale) {
        return Labels.of(this, locale);
    }

    /**
     * What a person typed at a prompt: the code ({@code committed_verbally}, dashes or spaces for underscores) or
     * the words in English or French, accents and case aside ("engagement oral", "hesitant", "Hésitant").
     */
    public static Optional<PositionLevel> fromWords(String typed) {
        String key = Names.key(typed == null ? "" : typed.replace('_', ' ').replace('-', ' '));
        for (PositionLevel level : values()) {
            if (key.equals(Names.key(level.name().replace('_', ' ')))
                    || key.equals(Names.key(level.label(Locale.ENGLISH)))
                    || key.equals(Names.key(level.label(Locale.FRENCH)))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
