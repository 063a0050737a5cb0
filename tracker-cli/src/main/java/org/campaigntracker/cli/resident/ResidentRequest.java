package org.campaigntracker.cli.resident;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as the launcher writes it with printf and {@code env -0}: NUL-separated fields, secret, launcher pid,
 * working directory, 1 if a person is at the terminal (stdin and stdout both terminals, as System.console() tells a
 * direct run) else 0, argument count, arguments, then the environment, ended by an empty field. A control request
 * (`tracker resident status|stop`) is the secret followed by the verb instead of a pid.
 */
record ResidentRequest(String secret, String control, long pid, String cwd, boolean console, String[] args,
        Map<String, String> env) {

    /** Beyond this, a request is not from the launcher (arguments and environment are a few kB). */
    private static final int MAX_BYTES = 4 << 20;

    static ResidentRequest read(InputStream raw) throws IOException {
        Fields in = new Fields(new BufferedInputStream(raw));
        String secret = in.next();
        String second = in.next();
        if (second.equals("status") || second.equals("stop")) {
            return new ResidentRequest(secret, second, 0, null, false, new String[0], Map.of());
        }
        long pid = Long.parseLong(second);
        String cwd = in.next();
        boolean console = in.next().equals("1");
        int argc = Integer.parseInt(in.next());
        String[] args = new String[argc];
        for (int i = 0; i < argc; i++) {
            args[i] = in.next();
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry = in.next(); !entry.isEmpty(); entry = in.next()) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                env.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        return new ResidentRequest(secret, null, pid, cwd, console, args, Map.copyOf(env));
    }

    boolean hasSecret(String expected) {
        return MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Splits the stream at NUL bytes, decoding each field as UTF-8 (the launcher runs under a UTF-8 locale). */
    private static final class Fields {
        private final InputStream in;
        private int total;

        Fields(InputStream in) {
            this.in = in;
        }

        String next() throws IOException {
            ByteArrayOutputStream field = new ByteArrayOutputStream();
            for (int b = in.read(); b != 0; b = in.read()) {
                if (b < 0) {
                    throw new EOFException("request ended early");
                }
                if (++total > MAX_BYTES) {
                    throw new IOException("request too large");
                }
                field.write(b);
            }
            return field.toString(StandardCharsets.UTF_8);
        }
    }

    /** For tests and the status command: the fields of a command request, NUL-terminated. */
    static byte[] encode(String secret, long pid, String cwd, boolean console, List<String> args, Map<String, String> env) {
        List<String> fields = new ArrayList<>(List.of(secret, Long.toString(pid), cwd, console ? "1" : "0",
                Integer.toString(args.size())));
        fields.addAll(args);
        env.forEach((k, v) -> fields.add(k + "=" + v));
        fields.add("");
        StringBuilder sb = new StringBuilder();
        fields.forEach(f -> sb.append(f).append('\0'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
