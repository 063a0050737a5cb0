package org.campaigntracker.core.transfer;

import java.util.List;

/** The file as a whole cannot be imported (no name column, a bad header mapping, nothing in it). */
public final class ImportFileException extends org.campaigntracker.core.common.TrackerException {
    private static final long serialVersionUID = 1L;

    public ImportFileException(String key, Object... args) {
        super(key, List.of(args), null);
    }
}
