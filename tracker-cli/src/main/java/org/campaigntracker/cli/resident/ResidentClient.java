package org.campaigntracker.cli.resident;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Talks to the resident of a $TRACKER_HOME/resident folder: `tracker resident status|stop`, and tests. */
final class ResidentClient {

    private final Path dir;

    ResidentClient(Path dir) {
        this.dir = dir;
    }

    /** The port the resident published, if any. */
    Optional<Integer> port() {
        return read("port").map(Integer::parseInt);
    }

    /** Sends the raw request (already ending with its NUL) and returns the one-line answer, empty if none. */
    Optional<String> send(byte[] request) {
        Optional<Integer> port = port();
        if (port.isEmpty()) {
            return Optional.empty();
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port.get())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return Optional.ofNullable(in.readLine());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A control verb (status, stop) with the published secret. */
    Optional<String> control(String verb) {
        return read("secret").flatMap(secret ->
                send((secret + "\0" + verb + "\0").getBytes(StandardCharsets.UTF_8)));
    }

    Optional<String> read(String name) {
        try {
            return Optional.of(Files.readString(dir.resolve(name), StandardCharsets.UTF_8).strip()).filter(s -> !s.isEmpty());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
