package org.campaigntracker.core.common;

import java.math.BigInteger;
import java.text.Format;
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
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean plain = i >= formats.length || formats[i] == null;
            rendered[i] = args[i] instanceof String s && (s.startsWith("entity.") || s.startsWith("value."))
                    ? word(locale, s)
                    : plain && isWhole(args[i]) ? args[i].toString() : args[i];
        }
        return format.format(rendered);
    }

    /**
     * Whole numbers in a plain {@code {n}} are ids, years and bounds: written as the user typed them ("2017", "99999"),
     * never grouped by the locale ("2,017", "99 999"). A pattern that wants a count grouped says {@code {n,number}}.
     */
    private static boolean isWhole(Object arg) {
        return arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte
                || arg instanceof BigInteger;
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
        return w == null ? key.substring(key.lastIndexOf('.') + 1) : w;
    }
}
