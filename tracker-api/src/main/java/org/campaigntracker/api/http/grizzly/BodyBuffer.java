package org.campaigntracker.api.http.grizzly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Reads a request's body whole before the request goes on to a worker thread and Jersey. Jersey reads a body with
 * blocking reads, so a client sending it slowly held a worker the whole time: four uploads at one byte a second
 * held all the workers of a two-core machine, and /health stopped answering. Here the parts of a body are
 * collected as they arrive, each read taking a worker only for the moment it runs; the request is handed on once
 * its body is complete. A body over the size limit is refused with 413 as soon as its Content-Length says so or
 * as soon as a chunked body passes it; a body that does not arrive within the timeout plus one second per
 * {@code minRate} bytes received is refused with 408. A refused connection is closed.
 */
final class BodyBuffer extends BaseFilter {

    private static final byte[] CONTINUE = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final Attribute<Pending> PENDING =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(BodyBuffer.class.getName() + ".pending");

    private final long maxBytes;
    private final long timeoutNanos;
    private final long minRate;
    private final ScheduledExecutorService timer;

    BodyBuffer(long maxBytes, long timeoutMillis, long minRate, ScheduledExecutorService timer) {
        this.maxBytes = maxBytes;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.minRate = minRate;
        this.timer = timer;
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)) {
            return ctx.getInvokeAction();
        }
        Connection<?> connection = ctx.getConnection();
        Pending pending = PENDING.get(connection);
        if (pending == null || pending.request != request) {
            if (request.getContentLength() > maxBytes) {
                refuse(connection, 413, tooLarge());
                return ctx.getStopAction();
            }
            if (content.isLast()) {
                return ctx.getInvokeAction(); // the whole request arrived at once: the usual case
            }
            pending = new Pending(request, System.nanoTime());
            PENDING.set(connection, pending);
            pending.check = timer.schedule(new Deadline(connection, pending), timeoutNanos, TimeUnit.NANOSECONDS);
            if ("100-continue".equalsIgnoreCase(request.getHeader(Header.Expect))) {
                // The client waits for this before it sends the body; the handler will not be asked to send it.
                ctx.write(Buffers.wrap(connection.getMemoryManager(), CONTINUE));
            }
        }
        synchronized (pending) {
            if (pending.finished) {
                return ctx.getStopAction();
            }
            Buffer part = content.getContent();
            byte[] bytes = new byte[part.remaining()];
            part.get(bytes);
            pending.body.write(bytes, 0, bytes.length);
            if (pending.body.size() > maxBytes) {
                pending.finish();
                PENDING.remove(connection);
                refuse(connection, 413, tooLarge());
                return ctx.getStopAction();
            }
            if (!content.isLast()) {
                return ctx.getStopAction();
            }
            pending.finish();
            PENDING.remove(connection);
            ctx.setMessage(HttpContent.builder(request)
                    .content(Buffers.wrap(connection.getMemoryManager(), pending.body.toByteArray()))
                    .last(true).build());
            return ctx.getInvokeAction();
        }
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        Pending pending = PENDING.remove(ctx.getConnection());
        if (pending != null) {
            synchronized (pending) {
                pending.finish();
            }
        }
        return ctx.getInvokeAction();
    }

    private String tooLarge() {
        return "the request body is larger than " + maxBytes + " bytes";
    }

    private void refuse(Connection<?> connection, int status, String detail) {
        ConnectionGuard.refuse(connection, timer, status, detail);
    }

    /** Nanoseconds after its start by which a body must be complete, given the bytes received so far. */
    private long allowedNanos(long received) {
        long forRate = minRate == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) * received / minRate;
        return timeoutNanos + forRate;
    }

    /** Runs when a body may be late: refuses it if it is, else looks again when it would be. */
    private final class Deadline implements Runnable {
        private final Connection<?> connection;
        private final Pending pending;

        Deadline(Connection<?> connection, Pending pending) {
            this.connection = connection;
            this.pending = pending;
        }

        @Override
        public void run() {
            synchronized (pending) {
                if (pending.finished) {
                    return;
                }
                long left = pending.start + allowedNanos(pending.body.size()) - System.nanoTime();
                if (left > 0) {
                    pending.check = timer.schedule(this, left, TimeUnit.NANOSECONDS);
                    return;
                }
                pending.finish();
                PENDING.remove(connection);
            }
            refuse(connection, 408, "the request body arrived too slowly; send it within "
                    + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms"
                    + (minRate == 0 ? "" : " plus one second per " + minRate + " bytes"));
        }
    }

    /** The body of one request, while it arrives. Guarded by its own lock: the deadline runs on the timer thread. */
    private static final class Pending {
        final HttpRequestPacket request;
        final long start;
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        ScheduledFuture<?> check;
        boolean finished;

        Pending(HttpRequestPacket request, long start) {
            this.request = request;
            this.start = start;
        }

        void finish() {
            finished = true;
            if (check != null) {
                check.cancel(false);
            }
        }
    }
}
