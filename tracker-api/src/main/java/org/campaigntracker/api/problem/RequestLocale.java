package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of error details and texts built for the client: French when it prefers it, English otherwise. */
public final class RequestLocale {

    private RequestLocale() {
    }

    /** A malformed Accept-Language is only a preference we cannot read: it gets English, never an error. */
    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            java.util.List<Locale> preferred;
            try {
                preferred = headers.getAcceptableLanguages();
            } catch (RuntimeException unreadable) {
                return Locale.ENGLISH;
            }
            for (Locale l : preferred) {
                if ("fr".equals(l.getLanguage())) {
                    return Locale.FRENCH;
                }
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
