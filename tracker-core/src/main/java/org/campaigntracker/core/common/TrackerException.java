package org.campaigntracker.core.common;

import java.util.List;
import java.util.Locale;

/**
 * Base of every error core reports to a user. It carries a message key and arguments, so each front door can
 * render it in the user's language; {@link #getMessage()} is the English text.
 */
public abstract class TrackerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    protected TrackerException(String key, List<?> args, Throwable cause) {
        super(Messages.format(Locale.ENGLISH, key, args.toArray()), cause);
        this.key = key;
        this.args = List.copyOf(args.stream().map(a -> a == null ? "" : a).toList());
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public String message(Locale locale) {
        return Messages.format(locale, key, args.toArray());
    }
}
