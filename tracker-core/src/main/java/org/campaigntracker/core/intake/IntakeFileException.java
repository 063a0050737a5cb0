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

    /** {@code where}: {@link Problem#line}, {@link Problem#event}…; {@code problem}: a message key under intake. */
    IntakeFileException(String file, Problem where, String problem, Object... args) {
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

        static Problem line(int line) {
            return new Problem("intake.at.line", List.of(line));
        }

        static Problem event(int position, String uid) {
            return uid == null ? new Problem("intake.at.event", List.of(position))
                    : new Problem("intake.at.event_uid", List.of(position, uid));
        }

        static Problem header(String name) {
            return new Problem("intake.at.header", List.of(name));
        }

        /** {@code path}: "2" or "2.1" for a part of a multipart message, "" for the body of a single-part one. */
        static Problem part(String path) {
            return path.isEmpty() ? new Problem("intake.at.body", List.of())
                    : new Problem("intake.at.part", List.of(path));
        }

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
