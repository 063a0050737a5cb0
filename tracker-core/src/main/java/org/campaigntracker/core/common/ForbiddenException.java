package org.campaigntracker.core.common;

import java.util.List;

/**
 * The caller may do this kind of thing, but not to this record: a partner organisation changing what another
 * organisation or the coalition logged. The API answers 403.
 */
public final class ForbiddenException extends TrackerException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String key, Object... args) {
        super(key, List.of(args), null);
    }
}
