package org.campaigntracker.core.common;

import java.util.List;

/** Someone else changed the record since the caller read it: the caller's change is refused, not merged. */
public final class StaleVersionException extends TrackerException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String entity, Object reference, int expected) {
        super("error.stale_version", List.of(Messages.entityKey(entity), reference, expected), null);
    }
}
