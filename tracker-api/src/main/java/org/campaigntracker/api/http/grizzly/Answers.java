package org.campaigntracker.api.http.grizzly;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.campaigntracker.api.json.ObjectMapperProvider;
import org.campaigntracker.api.problem.Problem;
import org.glassfish.grizzly.http.util.HttpStatus;

/** The problem+json documents this layer answers with, before any request reaches Jersey. */
final class Answers {

    private Answers() {
    }

    static byte[] problem(int status, String detail) {
        return problem(status, detail, null);
    }

    static byte[] problem(int status, String detail, String errorId) {
        String title = title(status);
        Problem problem = Problem.of(status, title, title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"),
                detail);
        try {
            return ObjectMapperProvider.shared().writeValueAsBytes(errorId == null ? problem
                    : problem.withErrorId(errorId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serialises", e);
        }
    }

    /** RFC 9110's reason phrases where Grizzly still has older ones (413 "Request Entity Too Large"). */
    static String title(int status) {
        return switch (status) {
            case 413 -> "Content Too Large";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            default -> HttpStatus.getHttpStatus(status).getReasonPhrase();
        };
    }

    /**
     * A whole HTTP/1.1 answer that closes the connection, for the cases where no parsed request is left to answer
     * through the codec (a connection over the limit, a body refused while it arrives).
     */
    static byte[] raw(int status, String detail, String... extraHeaders) {
        byte[] body = problem(status, detail);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(title(status))
                .append("\r\nContent-Type: ").append(Problem.MEDIA_TYPE)
                .append("\r\nContent-Length: ").append(body.length)
                .append("\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n");
        for (String header : extraHeaders) {
            head.append(header).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }
}
