package org.campaigntracker.core.sheet;

import java.util.List;
import org.campaigntracker.core.common.TrackerException;

/** The file cannot be read as a spreadsheet, or goes past a bound; the message says which (keys {@code sheet.*}). */
public final class SheetException extends TrackerException {
    private static final long serialVersionUID = 1L;

    public SheetException(String key, Object... args) {
        super(key, List.of(args), null);
    }

    SheetException(String key, Throwable cause, Object... args) {
        super(key, List.of(args), cause);
    }
}
