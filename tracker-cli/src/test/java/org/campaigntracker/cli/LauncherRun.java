package org.campaigntracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.campaigntracker.db.ConnectionSettings;

/**
 * The repository-root ./tracker launcher as a separate process, over the test class path (no jar is built yet when
 * tests run), on a test database. Its language comes from LANG alone, whatever the caller's locale variables say.
 */
public final class LauncherRun {

    private static final List<String> CALLER_LOCALE = List.of("LC_ALL", "LC_MESSAGES", "LC_CTYPE", "TRACKER_LANG");

    private final Map<String, String> env = new HashMap<>();
    private ProcessBuilder.Redirect output = ProcessBuilder.Redirect.PIPE;

    public LauncherRun(ConnectionSettings db, Path home) {
        env.put("TRACKER_SKIP_BUILD", "1");
        env.put("TRACKER_CLASSPATH", System.getProperty("java.class.path"));
        env.put("TRACKER_DB_URL", db.jdbcUrl());
        env.put("TRACKER_DB_USER", db.user());
        env.put("TRACKER_DB_PASSWORD", db.password());
        env.put("TRACKER_DATA_KEY", CliRun.TEST_DATA_KEY);
        env.put("TRACKER_HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("JAVA_HOME", System.getProperty("java.home"));
    }

    /** Sets a variable for the next runs; null removes it. */
    public LauncherRun env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Where the next runs' stdout goes (a pipe read by {@link #finish} by default). */
    public LauncherRun output(ProcessBuilder.Redirect output) {
        this.output = output;
        return this;
    }

    public Result run(String... args) throws IOException, InterruptedException {
        return finish(start(args));
    }

    /** Starts ./tracker with stdin closed (not a terminal, as in a script). */
    public Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of("..", "tracker").toAbsolutePath().normalize().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(output);
        withoutCallerLocale(pb.environment()).putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        return p;
    }

    /** The environment without the variables that would override LANG: the test sets the language. */
    public static Map<String, String> withoutCallerLocale(Map<String, String> environment) {
        CALLER_LOCALE.forEach(environment::remove);
        return environment;
    }

    public static Result finish(Process p) throws IOException, InterruptedException {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    public record Result(int code, String out, String err) {
    }
}
