package org.campaigntracker.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.regex.Pattern;
import org.campaigntracker.api.problem.MalformedHeaderException;
import org.campaigntracker.core.retry.IdempotentRequests;

/**
 * Reads the {@code Idempotency-Key} of a POST (draft-ietf-httpapi-idempotency-key-header) and fingerprints the
 * request it comes with: method, path and query, content type and body, so that the same key sent with another
 * request can be told apart. The body is already whole in memory (the HTTP layer buffers it, at most
 * TRACKER_MAX_BODY_BYTES): it is read here and handed on unchanged. {@link IdempotentInvocations} does the rest.
 */
@Priority(Priorities.AUTHENTICATION + 50)
public final class IdempotencyKeys implements ContainerRequestFilter {

    public static final String HEADER = IdempotentRequests.FIELD;
    static final String CLAIM = IdempotencyKeys.class.getName();
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    /** A POST's key and the fingerprint of the request it was sent with. */
    record Claim(String key, byte[] fingerprint) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        List<String> keys = request.getHeaders().get(HEADER);
        if (keys == null || !HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        if (keys.size() != 1 || !KEY.matcher(keys.get(0)).matches()) {
            throw new MalformedHeaderException(HEADER, String.join(", ", keys),
                    "send one key of 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        MessageDigest sha = sha256();
        sha.update((request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                + nullToEmpty(request.getUriInfo().getRequestUri().getRawQuery()) + '\n'
                + nullToEmpty(request.getHeaderString(HttpHeaders.CONTENT_TYPE)) + '\n')
                .getBytes(StandardCharsets.UTF_8));
        sha.update(body);
        request.setProperty(CLAIM, new Claim(keys.get(0), sha.digest()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
