package org.campaigntracker.core.intake;

import java.util.List;
import java.util.Locale;
import org.campaigntracker.core.common.Messages;
import org.campaigntracker.core.common.TrackerException;

/**
 * A file that cannot be imported, named precisely: the file, where in it (a line, an event, a part, a header) and
 * what is wrong. Nothing of any file given with it is written.
 */
public final class IntakeFileException extends TrackerException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;

    /** {@code where}: "line 12", "event 2", "header Date"; {@code problem}: a message key under {@code intake.}. */
    IntakeFileException(String file, String where, String problem, Object... args) {
        super("intake.bad_file", List.of(file, where, new Problem("intake." + problem, List.of(args))), null);
        this.file = file;
        this.problem = problem;
    }

    IntakeFileException(String file, String problem, Object... args) {
        super("intake.bad_whole_file", List.of(file, new Problem("intake." + problem, List.of(args))), null);
        this.file = file;
        this.problem = problem;
    }

    /** A file over {@link Intake#MAX_FILE_BYTES}, refused before it is read. */
    public static IntakeFileException tooLarge(String file) {
        return new IntakeFileException(file, "too_large", Intake.MAX_FILE_BYTES / 1024);
    }

    /** Neither a calendar (.ics) nor an e-mail (.eml), by its name or its Content-Type. */
    public static IntakeFileException unknownFormat(String file) {
        return new IntakeFileException(file, "unknown_format");
    }

    public String file() {
        return file;
    }

    /** The file is of no kind an import takes (an API answers 415, not 400). */
    public boolean isUnknownFormat() {
        return "unknown_format".equals(problem);
    }

    /** A nested message, rendered in the reader's language when the outer one is. */
    record Problem(String key, List<Object> args) {
        @Override
        public String toString() {
            return Messages.format(Locale.ENGLISH, key, args.toArray());
        }
    }

    @Override
    public String message(Locale locale) {
        Object[] args = args().stream().map(a -> a instanceof Problem p
                ? Messages.format(locale, p.key(), p.args().toArray()) : a).toArray();
        return Messages.format(locale, key(), args);
    }
}
