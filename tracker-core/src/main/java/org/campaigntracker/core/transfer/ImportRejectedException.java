package org.campaigntracker.core.transfer;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.common.TrackerException;

/** Rows of an import break rules; each error names its line, and nothing was written. */
public final class ImportRejectedException extends TrackerException {
    private static final long serialVersionUID = 1L;

    /** One bad row: its line in the file (1 is the header) and what is wrong, in the user's language. */
    public record LineError(int line, TrackerException error) {
        public String message(Locale locale) {
            return Messages.format(locale, "transfer.line", Integer.toString(line), error.message(locale));
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
