package org.campaigntracker.core.backup;

import java.util.List;
import org.campaigntracker.core.common.TrackerException;

/** pg_dump or pg_restore is missing, too old for the server, or failed. */
public final class BackupToolException extends TrackerException {
    private static final long serialVersionUID = 1L;

    public BackupToolException(String key, Object... args) {
        super(key, List.of(args), null);
    }
}
