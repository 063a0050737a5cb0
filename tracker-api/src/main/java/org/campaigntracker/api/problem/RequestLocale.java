package org.campaigntracker.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;

/** The language of error details and texts built for the client: French when it prefers it, English otherwise. */
public final class RequestLocale {

    private RequestLocale() {
    }

    public static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
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
