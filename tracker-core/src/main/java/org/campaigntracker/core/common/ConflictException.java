package org.campaigntracker.core.common;

import java.util.List;

/** The change would break a uniqueness rule or the state of another record. */
public final class ConflictException extends TrackerException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String key, Object... args) {
        super(key, List.of(args), null);
    }

    ConflictException(String key, List<?> args, Throwable cause) {
        super(key, args, cause);
    }
}
