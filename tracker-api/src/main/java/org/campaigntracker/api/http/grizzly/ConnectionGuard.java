package org.campaigntracker.api.http.grizzly;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.memory.Buffers;

/**
 * First filter after the transport: bounds the connections one client address holds open (one more is answered 429
 * and closed), and ends connections this layer refused without losing the answer. Closing a socket that still has
 * unread input makes the kernel reset the connection, and the client may then never read the 413 or 408 it was
 * sent; so a refused connection is drained (what still arrives is dropped before the HTTP codec sees it) for a
 * short while after its answer has been written, then closed.
 */
final class ConnectionGuard extends BaseFilter {

    /** Long enough for a client to read its answer and close first; short enough that a draining socket is cheap. */
    static final long LINGER_MILLIS = 2_000;

    private static final Attribute<InetAddress> COUNTED =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(ConnectionGuard.class.getName() + ".counted");
    private static final Attribute<Boolean> DRAINING =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(ConnectionGuard.class.getName() + ".draining");

    private final int maxPerAddress;
    private final ScheduledExecutorService timer;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

    private final TrustedProxies proxies;

    ConnectionGuard(int maxPerAddress, TrustedProxies proxies, ScheduledExecutorService timer) {
        this.maxPerAddress = maxPerAddress;
        this.proxies = proxies;
        this.timer = timer;
    }

    @Override
    public NextAction handleAccept(FilterChainContext ctx) throws IOException {
        Connection connection = ctx.getConnection();
        // A trusted reverse proxy carries many clients' connections: it bounds them per client itself.
        if (connection.getPeerAddress() instanceof InetSocketAddress peer && !proxies.trusts(peer.getAddress())) {
            InetAddress address = peer.getAddress();
            COUNTED.set(connection, address);
            if (open.merge(address, 1, Integer::sum) > maxPerAddress) {
                refuse(connection, timer, 429, "too many open connections from your address; close some and retry",
                        "Retry-After: 1");
                return ctx.getStopAction();
            }
        }
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (DRAINING.isSet(ctx.getConnection())) {
            return ctx.getStopAction();
        }
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        InetAddress address = COUNTED.remove(ctx.getConnection());
        if (address != null) {
            open.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
        }
        return ctx.getInvokeAction();
    }

    static boolean isDraining(Connection<?> connection) {
        return DRAINING.isSet(connection);
    }

    /**
     * Writes a closing problem answer on the connection, drops whatever the client still sends, and closes the
     * connection once the client has closed its side or {@link #LINGER_MILLIS} have passed.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void refuse(Connection connection, ScheduledExecutorService timer, int status, String detail,
                       String... extraHeaders) {
        DRAINING.set(connection, Boolean.TRUE);
        byte[] answer = Answers.raw(status, detail, extraHeaders);
        connection.write(Buffers.wrap(connection.getMemoryManager(), answer),
                new EmptyCompletionHandler<WriteResult>() {
                    @Override
                    public void completed(WriteResult result) {
                        timer.schedule(connection::closeSilently, LINGER_MILLIS, TimeUnit.MILLISECONDS);
                    }

                    @Override
                    public void failed(Throwable error) {
                        connection.closeSilently();
                    }
                });
    }
}
