package org.campaigntracker.cli.resident;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The launcher's own stdout and stderr, reopened through /proc/&lt;pid&gt;/fd so a command's output goes exactly where a
 * direct run's would, streamed and in order. Refused (the launcher then runs the command itself) when reopening
 * would not behave like writing to the inherited descriptor: sockets cannot be reopened, and a regular file opened
 * without O_APPEND has an offset of its own that our writes would not move, so the caller's next write would
 * overwrite ours.
 */
final class CallerStreams implements AutoCloseable {

    private static final int O_APPEND = 02000;

    private final PrintWriter out;
    private final PrintWriter err;

    private CallerStreams(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    static CallerStreams open(long pid) throws UnusableException {
        Path fds = Path.of("/proc", Long.toString(pid));
        OutputStream out = reopen(fds, 1);
        try {
            return new CallerStreams(writer(out), writer(reopen(fds, 2)));
        } catch (UnusableException e) {
            closeQuietly(out);
            throw e;
        }
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    private static PrintWriter writer(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    private static OutputStream reopen(Path process, int fd) throws UnusableException {
        Path link = process.resolve("fd").resolve(Integer.toString(fd));
        try {
            String target = Files.readSymbolicLink(link).toString();
            if (target.startsWith("socket:") || target.startsWith("anon_inode:")) {
                throw new UnusableException("fd " + fd + " of " + process + " is " + target + " (" + command(process) + ")");
            }
            if (Files.isRegularFile(link)) {
                if (!appending(process, fd)) {
                    throw new UnusableException("fd " + fd + " is a file not opened for appending");
                }
                return Files.newOutputStream(link, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            }
            // Terminals, pipes, /dev/null: never TRUNCATE_EXISTING or CREATE, just write.
            return Files.newOutputStream(link, StandardOpenOption.WRITE);
        } catch (IOException | SecurityException e) {
            throw new UnusableException("fd " + fd + ": " + e);
        }
    }

    /** The "flags:" line of /proc/pid/fdinfo/N is the descriptor's open flags, in octal. */
    private static boolean appending(Path process, int fd) throws IOException {
        for (String line : Files.readAllLines(process.resolve("fdinfo").resolve(Integer.toString(fd)))) {
            if (line.startsWith("flags:")) {
                return (Integer.parseInt(line.substring("flags:".length()).strip(), 8) & O_APPEND) != 0;
            }
        }
        return false;
    }

    private static String command(Path process) {
        try {
            return new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return "?";
        }
    }

    private static void closeQuietly(OutputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // already unusable
        }
    }

    @Override
    public void close() {
        out.close();
        err.close();
    }

    /** The caller's output cannot be reached the way a direct run would write it. */
    static final class UnusableException extends Exception {
        private static final long serialVersionUID = 1L;

        UnusableException(String reason) {
            super(reason, null, false, false);
        }
    }
}
