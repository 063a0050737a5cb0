package org.campaigntracker.api.publish;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.campaigntracker.core.common.Messages;

/** The public page's words in one language, and dates written as people read them ("17 janvier 2023"). */
final class PageText {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    PageText(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle("org.campaigntracker.api.publish.public",
                language.equals("fr") ? Locale.FRENCH : Locale.ROOT, NO_FALLBACK);
        this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    }

    String language() {
        return locale.getLanguage();
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A position level in words, from core's messages. */
    String level(String level) {
        return Messages.format(locale, "level." + level);
    }

    /** A mobilisation's kind in words ("joint appeal", « appel commun »), from core's messages. */
    String kind(org.campaigntracker.core.mobilisation.MobilisationKind kind) {
        return kind.words(locale);
    }

    String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }
}
