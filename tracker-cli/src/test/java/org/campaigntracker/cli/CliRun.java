package org.campaigntracker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.campaigntracker.db.ConnectionSettings;

/** Runs `tracker …` in-process through picocli against a given database, capturing output and exit code. */
public final class CliRun {

    /** The data key of test runs: an external database needs one given on purpose (see DataKeys). */
    public static final String TEST_DATA_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final Map<String, String> env = new HashMap<>();
    private String input;

    public CliRun(ConnectionSettings db, String home) {
        env.put("TRACKER_DB_URL", db.jdbcUrl());
        env.put("TRACKER_DB_USER", db.user());
        env.put("TRACKER_DB_PASSWORD", db.password());
        env.put("TRACKER_HOME", home);
        env.put("TRACKER_DATA_KEY", TEST_DATA_KEY);
        env.put("LANG", "en_GB.UTF-8");
        env.put("COLUMNS", "120");
    }

    private CliRun() {
    }

    /**
     * Runs in remote mode: the server's address and a token, a home of its own, and no database settings nor data key
     * at all, so that any command reaching for them fails.
     */
    public static CliRun remote(String url, String token, String home) {
        CliRun cli = new CliRun();
        cli.env.put("TRACKER_URL", url);
        cli.env.put("TRACKER_TOKEN", token);
        cli.env.put("TRACKER_HOME", home);
        cli.env.put("LANG", "en_GB.UTF-8");
        cli.env.put("COLUMNS", "120");
        return cli;
    }

    public CliRun env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Answers typed at the prompts of the next runs, one per line, as if a person were at a terminal. */
    public CliRun input(String lines) {
        this.input = lines;
        return this;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (CliContext context = new CliContext(Map.copyOf(env), new PrintWriter(out, true), new PrintWriter(err, true))) {
            if (input != null) {
                context.input(new java.io.StringReader(input));
            }
            int code = Main.commandLine(context, args).execute(args);
            return new Result(code, out.toString(), err.toString());
        }
    }

    public record Result(int exitCode, String out, String err) {
    }
}
