package org.campaigntracker.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, as an attacker writes it: the bytes go out exactly as given (no client fixes a
 * Content-Length or refuses a method), and everything the server sends back is read until it closes the connection
 * or falls silent.
 */
final class RawHttp implements AutoCloseable {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3}) ");

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(URI base) {
        try {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawHttp send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    RawHttp send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Everything received until the server closes the connection or sends nothing for {@code quietMillis}. */
    Received read(int quietMillis) {
        return read(quietMillis, false);
    }

    /**
     * Like {@link #read(int)}, but done once a final answer that closes the connection has arrived whole: a server
     * that lingers before closing (to let the client read its answer) is not waited for beyond a moment.
     */
    Received readAnswer(int quietMillis) {
        return read(quietMillis, true);
    }

    private Received read(int quietMillis, boolean untilClosingAnswer) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        boolean closed = false;
        try {
            socket.setSoTimeout(quietMillis);
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
                if (untilClosingAnswer && closingAnswerComplete(received.toString(StandardCharsets.UTF_8))) {
                    socket.setSoTimeout(300);
                }
            }
            closed = true;
        } catch (SocketTimeoutException quiet) {
            closed = false;
        } catch (SocketException reset) {
            closed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Received(received.toString(StandardCharsets.UTF_8), closed);
    }

    private static boolean closingAnswerComplete(String text) {
        Matcher m = STATUS_LINE.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        Received answer = new Received(last < 0 ? "" : text.substring(last), false);
        String length = answer.header("Content-Length");
        return last >= 0 && "close".equalsIgnoreCase(answer.header("Connection")) && length != null
                && answer.body().getBytes(StandardCharsets.UTF_8).length >= Integer.parseInt(length.strip());
    }

    /** Sends one byte, telling whether the server still takes it (false once it has closed the connection). */
    boolean trickle(byte b) {
        try {
            out.write(b);
            out.flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket the server already reset
        }
    }

    /** What came back: the raw text, whether the server closed the connection, and the statuses of its answers. */
    record Received(String text, boolean closed) {
        List<Integer> statuses() {
            List<Integer> statuses = new ArrayList<>();
            Matcher m = STATUS_LINE.matcher(text);
            while (m.find()) {
                statuses.add(Integer.parseInt(m.group(1)));
            }
            return statuses;
        }

        String header(String name) {
            Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(text);
            return m.find() ? m.group(1) : null;
        }

        String body() {
            int at = text.indexOf("\r\n\r\n");
            return at < 0 ? "" : text.substring(at + 4);
        }
    }
}
