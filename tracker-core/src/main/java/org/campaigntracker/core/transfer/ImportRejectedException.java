package org.campaigntracker.core.transfer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.common.TrackerException;

/** Rows of an import break rules; each error names its sheet, row and column, and nothing was written. */
public final class ImportRejectedException extends TrackerException {
    private static final long serialVersionUID = 1L;

    /**
     * One bad cell or row: where it is, as a spreadsheet names it ({@code Contacts!C14}, or {@code Contacts!14} for
     * a whole row), and what is wrong, in the user's language.
     */
    public record LineError(String where, TrackerException error) {
        public String message(Locale locale) {
            return Messages.format(locale, "transfer.at", where, error.message(locale));
        }
    }

    private final transient List<LineError> errors;

    public ImportRejectedException(List<LineError> errors) {
        super("transfer.rejected", List.of(render(errors, Locale.ENGLISH)), null);
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }

    /** Each bad line on its own, so a terminal shows one line per row to fix. */
    public List<String> lines(Locale locale) {
        return errors.stream().map(e -> e.message(locale)).toList();
    }

    @Override
    public String message(Locale locale) {
        return Messages.format(locale, "transfer.rejected", render(errors, locale));
    }

    private static String render(List<LineError> errors, Locale locale) {
        return errors.stream().map(e -> e.message(locale)).collect(Collectors.joining("; "));
    }
}
