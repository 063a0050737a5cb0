package org.campaigntracker.core.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Finds the one record a user meant by a partial, case- and accent-insensitive name.
 *
 * <p>Tiers, best first: exact key (or code); every word of the query starting a word of the name;
 * the query contained anywhere. The first tier with matches decides: one match wins, several are ambiguous.
 * With no match at all, the closest names by edit distance are suggested.
 */
public final class NameMatcher<T> {

    private final String entity;
    private final Function<T, String> display;
    private final Function<T, List<String>> names;

    /**
     * @param entity  entity word for messages (stakeholder, demand, …)
     * @param display how a candidate is shown to the user
     * @param names   every name a candidate answers to (name, code, "name (organisation)")
     */
    public NameMatcher(String entity, Function<T, String> display, Function<T, List<String>> names) {
        this.entity = entity;
        this.display = display;
        this.names = names;
    }

    /** The single candidate the query designates, or a {@link NotFoundException} / {@link AmbiguousNameException}. */
    public T find(String query, List<T> candidates) {
        List<T> matches = matches(query, candidates);
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new NotFoundException(entity, query, suggestions(query, candidates, 3));
        }
        throw new AmbiguousNameException(entity, query, matches.stream().map(display).limit(10).toList());
    }

    /** Candidates of the best tier that has any; empty when nothing matches. */
    public List<T> matches(String query, List<T> candidates) {
        String q = Names.key(query);
        if (q.isEmpty()) {
            return List.of();
        }
        List<T> exact = new ArrayList<>();
        List<T> wordPrefix = new ArrayList<>();
        List<T> contains = new ArrayList<>();
        for (T candidate : candidates) {
            int tier = bestTier(q, names.apply(candidate));
            if (tier == 0) {
                exact.add(candidate);
            } else if (tier == 1) {
                wordPrefix.add(candidate);
            } else if (tier == 2) {
                contains.add(candidate);
            }
        }
        return !exact.isEmpty() ? exact : !wordPrefix.isEmpty() ? wordPrefix : contains;
    }

    /** The names closest to the query, for "did you mean". */
    public List<String> suggestions(String query, List<T> candidates, int limit) {
        String q = Names.key(query);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (T candidate : candidates) {
            int best = Integer.MAX_VALUE;
            for (String name : names.apply(candidate)) {
                String key = Names.key(name);
                best = Math.min(best, Names.distance(q, key));
                for (String word : key.split(" ")) {
                    best = Math.min(best, Names.distance(q, word));
                }
            }
            // Suggest only what is plausibly a typo, not the whole list.
            if (best <= Math.max(2, q.length() / 3)) {
                scored.add(new Scored(display.apply(candidate), best));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .limit(limit).map(Scored::name).toList();
    }

    private static int bestTier(String q, List<String> names) {
        int best = 3;
        String[] queryWords = q.split(" ");
        for (String name : names) {
            String key = Names.key(name);
            if (key.equals(q)) {
                return 0;
            }
            if (allWordsPrefix(queryWords, key.split(" "))) {
                best = Math.min(best, 1);
            } else if (key.contains(q)) {
                best = Math.min(best, 2);
            }
        }
        return best;
    }

    private static boolean allWordsPrefix(String[] queryWords, String[] nameWords) {
        for (String qw : queryWords) {
            boolean found = false;
            for (String nw : nameWords) {
                if (nw.startsWith(qw)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
