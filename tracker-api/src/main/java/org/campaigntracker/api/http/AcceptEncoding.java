package org.campaigntracker.api.http;

import java.util.Locale;

/** Reads a request's {@code Accept-Encoding} (RFC 9110 §12.5.3) for the one coding the API sends: gzip. */
public final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /**
     * Whether the client takes gzip: named with a weight above zero, or covered by {@code *} with a weight above zero
     * and not refused by name. No header, or a header that does not parse, means no.
     */
    public static boolean allowsGzip(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        Boolean named = null;
        boolean wildcard = false;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            double weight = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2).trim());
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                named = weight > 0;
            } else if (coding.equals("*")) {
                wildcard = weight > 0;
            }
        }
        return named != null ? named : wildcard;
    }
}
