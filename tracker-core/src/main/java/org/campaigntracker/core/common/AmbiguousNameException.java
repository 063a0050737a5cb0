package org.campaigntracker.core.common;

import java.util.List;

/** A partial name matched several records; the candidates let the user choose. */
public final class AmbiguousNameException extends TrackerException {
    private static final long serialVersionUID = 1L;

    private final List<String> candidates;

    public AmbiguousNameException(String entity, String query, List<String> candidates) {
        super("error.ambiguous", List.of(Messages.entityKey(entity), query, String.join(", ", candidates)), null);
        this.candidates = List.copyOf(candidates);
    }

    public List<String> candidates() {
        return candidates;
    }
}
