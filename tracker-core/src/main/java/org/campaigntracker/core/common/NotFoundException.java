package org.campaigntracker.core.common;

import java.util.List;

/** The thing asked for does not exist (or is not visible from the caller's campaign). */
public final class NotFoundException extends TrackerException {
    private static final long serialVersionUID = 1L;

    private final String entity;
    private final List<String> suggestions;

    public NotFoundException(String entity, Object reference) {
        super("error.not_found", List.of(Messages.entityKey(entity), reference), null);
        this.entity = entity;
        this.suggestions = List.of();
    }

    public NotFoundException(String entity, Object reference, List<String> suggestions) {
        super(suggestions.isEmpty() ? "error.not_found" : "error.not_found_suggest",
                List.of(Messages.entityKey(entity), reference, String.join(", ", suggestions)), null);
        this.entity = entity;
        this.suggestions = List.copyOf(suggestions);
    }

    public String entity() {
        return entity;
    }

    /** The closest names, closest first, when a name matched nothing ("did you mean"). */
    public List<String> suggestions() {
        return suggestions;
    }
}
