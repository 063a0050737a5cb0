package org.campaigntracker.core.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Core's user-facing messages, in English and French ({@code messages*.properties}). */
public final class Messages {

    private static final String BUNDLE = "org.campaigntracker.core.messages";
    // The root bundle is English; never fall back to the machine's default locale instead.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        String pattern = pattern(locale, key);
        if (pattern == null) {
            return key;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = args[i] instanceof String s && s.startsWith("entity.") ? word(locale, s) : args[i];
        }
        return new MessageFormat(pattern, locale).format(rendered);
    }

    /** The message pattern, or null when no language defines the key. */
    public static String pattern(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static String entityKey(String entity) {
        return "entity." + entity;
    }

    private static String word(Locale locale, String key) {
        String w = pattern(locale, key);
        return w == null ? key.substring("entity.".length()) : w;
    }
}
