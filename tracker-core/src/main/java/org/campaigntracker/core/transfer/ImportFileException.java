package org.campaigntracker.core.transfer;

import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.common.TrackerException;

/**
 * The file as a whole cannot be imported (no name column, a bad header mapping, nothing in it, an unknown format),
 * or one entry of a campaign file breaks a rule: then the message names the list and the entry's position.
 */
public final class ImportFileException extends TrackerException {
    private static final long serialVersionUID = 1L;

    private final transient TrackerException entryError;

    public ImportFileException(String key, Object... args) {
        super(key, List.of(args), null);
        this.entryError = null;
    }

    /** Entry {@code position} (1-based; 0 when the list as a whole is wrong) of {@code list} in a campaign file. */
    ImportFileException(String list, int position, TrackerException error) {
        super(position > 0 ? "transfer.entry" : "transfer.list", where(list, position, error.getMessage()), error);
        this.entryError = error;
    }

    private static List<Object> where(String list, int position, String message) {
        return position > 0 ? List.of(list, Integer.toString(position), message) : List.of(list, message);
    }

    @Override
    public String message(Locale locale) {
        if (entryError == null) {
            return super.message(locale);
        }
        List<Object> args = new java.util.ArrayList<>(args());
        args.set(args.size() - 1, entryError.message(locale));
        return Messages.format(locale, key(), args.toArray());
    }
}
