package org.campaigntracker.api.http.grizzly;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.server.Request;

/**
 * The reverse proxies the server sits behind (TRACKER_TRUSTED_PROXIES). A request from one of them is answered as if
 * it came from the client the proxy names: its {@code X-Forwarded-Proto} says whether the client used https (so the
 * addresses the API writes, such as {@code Location}, start with https), and the right-most address of
 * {@code X-Forwarded-For} that is not a trusted proxy is the client that the public page's rate limit counts. A
 * request from any other address keeps its own: those headers are then the client's word, and ignored.
 */
public final class TrustedProxies {

    private static final String CLIENT = TrustedProxies.class.getName() + ".client";
    /**
     * Set (to TRUE) on a request a trusted proxy received over https. Grizzly fixes a request's scheme before any
     * handler runs, so the https is applied on Jersey's side, which sees Grizzly's attributes as request properties.
     */
    public static final String HTTPS = TrustedProxies.class.getName() + ".https";
    // Literals only: a host name would make each request wait for DNS.
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final Set<InetAddress> proxies;

    private TrustedProxies(Set<InetAddress> proxies) {
        this.proxies = Set.copyOf(proxies);
    }

    /** From IP literals ("127.0.0.1", "::1"); anything else is refused with the entry named. */
    public static TrustedProxies of(List<String> addresses) {
        return new TrustedProxies(addresses.stream().map(TrustedProxies::literal).collect(Collectors.toSet()));
    }

    /** The address, or null when it is not an IP literal. */
    public static InetAddress literal(String address) {
        String a = address.strip();
        if (!LITERAL.matcher(a).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(a);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    public boolean trusts(InetAddress peer) {
        return peer != null && proxies.contains(peer);
    }

    /** Called as a request enters: from a trusted proxy, takes the client's scheme and address from its headers. */
    void enter(Request request) {
        InetAddress peer = literal(request.getRemoteAddr());
        if (!trusts(peer)) {
            return;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto != null && proto.strip().toLowerCase(Locale.ROOT).equals("https")) {
            request.setAttribute(HTTPS, Boolean.TRUE);
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null) {
            String[] hops = forwarded.split(",");
            for (int i = hops.length - 1; i >= 0 && i >= hops.length - 16; i--) {
                InetAddress hop = literal(hops[i]);
                if (hop == null) {
                    return; // not an address: trust nothing further left
                }
                if (!trusts(hop)) {
                    request.setAttribute(CLIENT, hop.getHostAddress());
                    return;
                }
            }
        }
    }

    /** The client's address: the one a trusted proxy named, else the connection's peer. */
    public static String client(Request request) {
        Object named = request.getAttribute(CLIENT);
        return named != null ? named.toString() : request.getRemoteAddr();
    }
}
