package org.campaigntracker.api.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for text answers past {@link #MIN_BYTES} when the client takes it: JSON, problem+json, HTML, CSV, calendars,
 * scripts and styles. JSON compresses to a tenth, so a long list or a coverage report costs a slow link seconds less.
 * The first {@link #MIN_BYTES} are held back: an answer that ends before is sent as it is (gzip would make it
 * larger), one that goes past is compressed from its first byte, headers still unsent. Every answer of those types
 * says {@code Vary: Accept-Encoding}, so a cache keeps one per coding.
 *
 * <p>Left alone: answers that already carry a {@code Content-Encoding} (the progress dashboard keeps its own gzip
 * copy, see {@code ProgressResource}: never compressed twice) and answers with an {@code ETag}, whose strong tag
 * names one byte sequence (RFC 9110 §8.8.3) and is what If-Match sends back — single items, small anyway.
 */
@Priority(Priorities.ENTITY_CODER)
public final class Compression implements WriterInterceptor {

    public static final int MIN_BYTES = 1024;

    private static final Set<String> TEXT_SUBTYPES = Set.of("html", "csv", "calendar", "javascript", "css", "plain");

    @Context
    private HttpHeaders request;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        MultivaluedMap<String, Object> headers = context.getHeaders();
        if (!compressible(context.getMediaType()) || headers.containsKey(HttpHeaders.CONTENT_ENCODING)
                || headers.containsKey(HttpHeaders.ETAG)) {
            context.proceed();
            return;
        }
        vary(headers);
        if (!AcceptEncoding.allowsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING))) {
            context.proceed();
            return;
        }
        Threshold out = new Threshold(context.getOutputStream(), headers);
        context.setOutputStream(out);
        try {
            context.proceed();
        } finally {
            out.finish();
        }
    }

    static boolean compressible(MediaType type) {
        if (type == null) {
            return false;
        }
        String sub = type.getSubtype().toLowerCase(Locale.ROOT);
        return sub.equals("json") || sub.endsWith("+json")
                || type.getType().equalsIgnoreCase("text") && TEXT_SUBTYPES.contains(sub);
    }

    private static void vary(MultivaluedMap<String, Object> headers) {
        List<Object> vary = headers.get(HttpHeaders.VARY);
        boolean named = vary != null && vary.stream().anyMatch(v -> v.toString().toLowerCase(Locale.ROOT)
                .contains("accept-encoding"));
        if (!named) {
            headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
    }

    /** Holds the first bytes back until the answer proves large enough to be worth compressing. */
    private static final class Threshold extends OutputStream {
        private final OutputStream target;
        private final MultivaluedMap<String, Object> headers;
        private ByteArrayOutputStream held = new ByteArrayOutputStream(MIN_BYTES);
        private GZIPOutputStream gzip;
        private boolean finished;

        Threshold(OutputStream target, MultivaluedMap<String, Object> headers) {
            this.target = target;
            this.headers = headers;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (gzip != null) {
                gzip.write(b, off, len);
                return;
            }
            held.write(b, off, len);
            if (held.size() > MIN_BYTES) {
                // Headers are still unsent: the first byte reaching the target commits them.
                headers.putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
                headers.remove(HttpHeaders.CONTENT_LENGTH);
                gzip = new GZIPOutputStream(target, 8192);
                held.writeTo(gzip);
                held = null;
            }
        }

        /** Nothing is pushed while bytes are held: a flush would send the headers before the choice is made. */
        @Override
        public void flush() throws IOException {
            if (gzip != null) {
                gzip.flush();
            }
        }

        void finish() throws IOException {
            if (finished) {
                return;
            }
            finished = true;
            if (gzip != null) {
                gzip.finish();
            } else {
                held.writeTo(target);
            }
        }

        @Override
        public void close() throws IOException {
            finish();
            target.close();
        }
    }
}
