package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The language of error details and texts built for the client: French when it prefers it, English otherwise. */
public final class RequestLocale {

    private RequestLocale() {
    }

    /** A malformed Accept-Language is only a preference we cannot read: it gets English, never an error. */
    public static Locale of(HttpHeaders headers) {
        return preferred(headers).orElse(Locale.ENGLISH);
    }

    /**
     * English or French, whichever Accept-Language ranks first; empty when it names neither, or cannot be read
     * (a malformed header is no reason to fail a request).
     */
    public static Optional<Locale> preferred(HttpHeaders headers) {
        if (headers == null) {
            return Optional.empty();
        }
        List<Locale> preferred;
        try {
            preferred = headers.getAcceptableLanguages();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
        for (Locale l : preferred) {
            if ("fr".equals(l.getLanguage())) {
                return Optional.of(Locale.FRENCH);
            }
            if ("en".equals(l.getLanguage())) {
                return Optional.of(Locale.ENGLISH);
            }
        }
        return Optional.empty();
    }
}
