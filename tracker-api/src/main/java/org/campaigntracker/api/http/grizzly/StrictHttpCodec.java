package org.campaigntracker.api.http.grizzly;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.campaigntracker.api.problem.Problem;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Note;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;

/**
 * Grizzly's HTTP/1.1 codec, stricter where a request could be read two ways. Grizzly answers TRACE and CONNECT
 * without reading the body they declare, so the body ran as the next request on the connection (request
 * smuggling); it takes the first of several Content-Length headers, and "Transfer-Encoding: chunked" anywhere at
 * the start of a value. Here a request is refused, and its connection closed, when its method is not one the API
 * serves, when it carries more than one Content-Length, both Content-Length and Transfer-Encoding, or a transfer
 * coding other than exactly "chunked". Grizzly still refuses bodies on GET, HEAD and DELETE. Every refusal, and
 * every error of the codec itself (a malformed line or header, a header section too large, a bad version), is
 * problem+json. Upgrade offers (h2c, websocket) are declined: the API speaks HTTP/1.1 only.
 */
final class StrictHttpCodec extends HttpServerFilter {

    /** The methods routed to Jersey. A method a resource starts serving must be added here. */
    static final Set<String> SERVED = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final Set<String> KNOWN = Set.of("TRACE", "CONNECT", "PRI");
    private static final Note<String> REFUSAL = HttpRequestPacket.createNote(StrictHttpCodec.class.getName());
    private static final Note<Framing> FRAMING = HttpRequestPacket.createNote(Framing.class.getName());

    @SuppressWarnings("deprecation") // the constructor HttpServer itself uses: keep-alive as the listener says
    StrictHttpCodec(NetworkListener listener, HttpServerFilter replaced) {
        super(listener.isChunkingEnabled(), listener.getMaxHttpHeaderSize() == -1
                        ? DEFAULT_MAX_HTTP_PACKET_HEADER_SIZE : listener.getMaxHttpHeaderSize(), null,
                listener.getKeepAlive(), null, listener.getMaxRequestHeaders(), listener.getMaxResponseHeaders());
        for (var encoding : replaced.getContentEncodings()) {
            addContentEncoding(encoding);
        }
        setMaxPayloadRemainderToSkip(replaced.getMaxPayloadRemainderToSkip());
        setAllowPayloadForUndefinedHttpMethods(false);
    }

    /** What the header section said about the body's length, counted as each header name is parsed. */
    private static final class Framing {
        int lengths;
        int codings;
    }

    /**
     * Nothing more is parsed on a connection this layer has refused: bytes already read with the refused request
     * (the rest of its body, requests pipelined after it) would otherwise still be decoded and handed on.
     */
    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (ConnectionGuard.isDraining(ctx.getConnection())) {
            return ctx.getStopAction();
        }
        return super.handleRead(ctx);
    }

    /** Grizzly reuses request objects without clearing their notes: each request starts from none. */
    @Override
    protected void onInitialLineParsed(HttpHeader header, FilterChainContext ctx) {
        if (header instanceof HttpRequestPacket request) {
            request.removeNote(FRAMING);
            request.removeNote(REFUSAL);
        }
    }

    // Counted while parsing: Grizzly drops a Content-Length header from the parsed headers when a chunked
    // Transfer-Encoding follows it, so the parsed headers no longer show that the request had both. Names are
    // checked too: Grizzly reads a name up to the next colon, even across white space and line ends, so
    // "Content-Length : 5" or a line without a colon would not fail as they must (RFC 9112 §5.1).
    @Override
    protected boolean parseHeaderName(HttpHeader header, MimeHeaders headers, HeaderParsingState state, byte[] input,
                                      int end) {
        boolean parsed = super.parseHeaderName(header, headers, state, input, end);
        int from = state.arrayOffset + state.start;
        int to = state.arrayOffset + state.offset - (parsed ? 1 : 0);
        for (int i = from; i < to; i++) {
            requireToken(input[i]);
        }
        return counted(parsed, header, state);
    }

    @Override
    protected boolean parseHeaderName(HttpHeader header, MimeHeaders headers, HeaderParsingState state,
                                      Buffer input) {
        boolean parsed = super.parseHeaderName(header, headers, state, input);
        for (int i = state.start, to = state.offset - (parsed ? 1 : 0); i < to; i++) {
            requireToken(input.get(i));
        }
        return counted(parsed, header, state);
    }

    /** A header name is a token; anything else fails the header section, which Grizzly answers with 400. */
    private static void requireToken(byte b) {
        boolean token = b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
                || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
        if (!token) {
            throw new IllegalStateException("a header name that is not a token");
        }
    }

    private static boolean counted(boolean parsed, HttpHeader header, HeaderParsingState state) {
        if (parsed && header instanceof HttpRequestPacket request) {
            Framing framing = request.getNote(FRAMING);
            if (framing == null) {
                framing = new Framing();
                request.setNote(FRAMING, framing);
            }
            framing.lengths += state.isContentLengthHeader ? 1 : 0;
            framing.codings += state.isTransferEncodingHeader ? 1 : 0;
        }
        return parsed;
    }

    @Override
    protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
        if (super.onHttpHeaderParsed(header, buffer, ctx)) {
            return true;
        }
        HttpRequestPacket request = (HttpRequestPacket) header;
        String refusal = refusal(request);
        if (refusal == null) {
            return false;
        }
        request.getProcessingState().setError(true);
        request.setNote(REFUSAL, refusal);
        return true;
    }

    /** Null for a request to serve; else sets the answer's status and says why. */
    private static String refusal(HttpRequestPacket request) {
        HttpResponsePacket response = request.getResponse();
        String method = request.getMethod().getMethodString();
        if (!SERVED.contains(method)) {
            boolean known = KNOWN.contains(method);
            response.setStatus(known ? 405 : 501);
            response.setHeader(Header.Allow, ALLOW);
            return known ? method + " is not served here; the API serves " + ALLOW
                    : "unknown method; the API serves " + ALLOW;
        }
        Framing framing = request.getNote(FRAMING);
        int lengths = framing == null ? 0 : framing.lengths;
        int codings = framing == null ? 0 : framing.codings;
        if (lengths > 1) {
            return badRequest(response, "more than one Content-Length header");
        }
        if (codings == 0) {
            return null;
        }
        if (lengths > 0) {
            return badRequest(response, "both Content-Length and Transfer-Encoding: send one of them");
        }
        if (codings > 1 || request.getProtocol() != Protocol.HTTP_1_1) {
            return badRequest(response, "Transfer-Encoding must appear once, on an HTTP/1.1 request");
        }
        String coding = request.getHeaders().getHeader(Header.TransferEncoding).strip().toLowerCase(Locale.ROOT);
        if (!coding.equals("chunked")) {
            response.setStatus(501);
            return "the only transfer coding accepted is chunked";
        }
        return null;
    }

    private static String badRequest(HttpResponsePacket response, String why) {
        response.setStatus(400);
        return why;
    }

    /** Every answer the codec makes on its own (it closes the connection after it) as problem+json. */
    @Override
    protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
        int status = response.getStatus();
        String refusal = response.getRequest() == null ? null : response.getRequest().getNote(REFUSAL);
        String detail = refusal != null ? refusal : switch (status) {
            case 505 -> "only HTTP/1.1 and HTTP/1.0 are served";
            default -> "the request is not valid HTTP/1.1: a malformed request line or header, a header section"
                    + " over the size limit, or a body on a method that takes none";
        };
        byte[] body = Answers.problem(status, detail);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.setHeader(Header.Connection, "close");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return HttpContent.builder(response).content(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, body))
                .last(true).build();
    }

    /**
     * An upgrade offer is forgotten as soon as it is parsed; the request goes on as plain HTTP/1.1. Java's
     * HttpClient, like other clients, offers {@code Upgrade: h2c} on plain-HTTP requests, and Grizzly 4.0.2 taking
     * the offer stops decoding the request body and leaves Content-Type out of the answer
     * (eclipse-ee4j/glassfish-grizzly#2192).
     */
    @Override
    protected void onIncomingUpgrade(FilterChainContext ctx, HttpHeader header) {
        header.getUpgradeDC().recycle();
    }
}
