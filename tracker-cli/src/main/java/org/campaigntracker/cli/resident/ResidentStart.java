package org.campaigntracker.cli.resident;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.cli.output.Terminal;
import org.campaigntracker.db.DatabaseConfig;
import picocli.CommandLine.ParseResult;

/**
 * Starts a resident in the background once a JVM has run a quick command itself (no resident was up, or it declined),
 * so the next quick commands find one. Only in JVMs the launcher allows to ({@code -Dtracker.resident=start}): never
 * under tests unless they ask, never for `java -jar` run by hand. It starts after the command, not beside it: the
 * command then has the machine to itself, and the start adds about 10-20 ms to it.
 */
public final class ResidentStart {

    /** The system property the launcher sets, and its value. */
    static final String PROPERTY = "tracker.resident";
    static final String ALLOWED = "start";

    /**
     * Added in front of this JVM's own options, so the user's TRACKER_JAVA_OPTS still win: a thread stack and a heap
     * ceiling sized for a helper that runs one short command at a time, and an exit rather than a broken state on
     * running out of memory.
     */
    static final List<String> RESIDENT_OPTIONS = List.of("-Xss512k", "-XX:MaxRAM=1g", "-XX:+ExitOnOutOfMemoryError");

    private ResidentStart() {
    }

    /** Called by {@code Main} once the command has run; never fails it. */
    public static void afterCommand(ParseResult parsed, String[] args, Map<String, String> env) {
        if (parsed == null || !ALLOWED.equals(System.getProperty(PROPERTY))
                || ResidentCommands.verdict(parsed, Terminal.interactive()) != ResidentCommands.Verdict.RUN) {
            return;
        }
        try {
            Path home = DatabaseConfig.fromEnvironment(env).home().toAbsolutePath();
            if (new ResidentServer.ResidentFiles(home.resolve("resident")).taken()) {
                return;
            }
            List<String> command = residentCommand(ownCommandLine(), args);
            if (command.isEmpty()) {
                return;
            }
            ProcessBuilder pb = new ProcessBuilder(command).directory(new File("/"))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("TRACKER_HOME", home.toString());
            // setsid -f returns once the resident is forked off: HotSpot's exit waits 300 ms for a thread still
            // waiting on a child process, which a child that outlives this JVM would cost every first command.
            pb.start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException | RuntimeException e) {
            // No resident this time: the next command runs on a JVM of its own, as this one did.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * This JVM's command line with the command's arguments replaced by {@link ResidentServer#FLAG}: same java, same
     * options (class archive, compiler, encoding, TRACKER_JAVA_OPTS), same jar or class path. In a session of its own
     * (setsid), so the terminal's Ctrl-C and hang-up do not reach it; niced, which ranks it below the user's work
     * unless the kernel groups tasks by session (autogroup), where its session is a group of its own.
     * Empty when the command line does not end with {@code args}.
     */
    static List<String> residentCommand(List<String> own, String[] args) {
        int jvmEnd = own.size() - args.length;
        if (own.isEmpty() || jvmEnd < 1 || !own.subList(jvmEnd, own.size()).equals(Arrays.asList(args))) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of("setsid", "-f", "nice", "-n", "10",
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(RESIDENT_OPTIONS);
        own.subList(1, jvmEnd).stream().filter(arg -> !arg.startsWith("-D" + PROPERTY + "=")).forEach(command::add);
        command.add(ResidentServer.FLAG);
        return command;
    }

    /** /proc/self/cmdline: NUL-terminated arguments, in the encoding the JVM decoded its arguments with. */
    private static List<String> ownCommandLine() throws IOException {
        String raw = new String(Files.readAllBytes(Path.of("/proc/self/cmdline")),
                Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")));
        return raw.isEmpty() ? List.of() : List.of(raw.substring(0, raw.length() - 1).split("\0", -1));
    }
}
