package org.campaigntracker.core.seal;

import java.util.List;
import org.campaigntracker.core.common.TrackerException;

/** The data key is missing, malformed, or not the one a stored value was sealed with. */
public final class DataKeyException extends TrackerException {
    private static final long serialVersionUID = 1L;

    public DataKeyException(String key, Object... args) {
        super(key, List.of(args), null);
    }
}
