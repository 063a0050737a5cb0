package org.campaigntracker.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The command line's own messages, in English and French. */
public final class CliMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    public CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.campaigntracker.cli.messages", locale, NO_FALLBACK);
    }

    public String get(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public Locale locale() {
        return locale;
    }

    /** "Date: 17/01/2023", or in French "Date : 17/01/2023" (a narrow no-break space before the colon). */
    public String labelled(String label, String value) {
        return label + (locale.getLanguage().equals("fr") ? "\u202F: " : ": ") + value;
    }
}
