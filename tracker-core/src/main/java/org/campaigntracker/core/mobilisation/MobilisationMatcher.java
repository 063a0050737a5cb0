package org.campaigntracker.core.mobilisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.campaigntracker.core.common.NameMatcher;

/** How {@link Mobilisations#find} matches: a title, and its first words. */
final class MobilisationMatcher {

    /** "appel comun" is then close enough to "Appel commun pour…" to be suggested. */
    static final NameMatcher<Mobilisation> BY_TITLE = new NameMatcher<>("mobilisation", Mobilisation::title,
            m -> leadingWords(m.title()));

    private MobilisationMatcher() {
    }

    static List<String> leadingWords(String title) {
        String[] words = title.split("\\s+");
        List<String> names = new ArrayList<>(List.of(title));
        for (int n = 2; n <= Math.min(3, words.length - 1); n++) {
            names.add(String.join(" ", Arrays.copyOf(words, n)));
        }
        return names;
    }
}
