package org.campaigntracker.core.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One PostgreSQL client program (pg_dump, pg_restore) of a known major version. */
public record PgTool(Path path, int major) {

    /** A folder to take the tools from instead of searching (several client versions installed, tests). */
    public static final String BIN_VARIABLE = "TRACKER_PG_BIN";
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+(\\d+)");

    /**
     * The newest {@code name} whose major is at least {@code serverMajor}: on the PATH, then in every
     * /usr/lib/postgresql/N/bin (Debian keeps one folder per major there); only in {@code TRACKER_PG_BIN} when set.
     */
    public static PgTool find(String name, int serverMajor, Map<String, String> env) {
        List<PgTool> found = new ArrayList<>();
        for (Path dir : candidates(env)) {
            Path p = dir.resolve(name);
            if (Files.isExecutable(p)) {
                major(p).ifPresent(m -> found.add(new PgTool(p, m)));
            }
        }
        Optional<PgTool> best = found.stream().max(Comparator.comparingInt(PgTool::major));
        if (best.isEmpty()) {
            throw new BackupToolException("backup.tool_missing", name, serverMajor);
        }
        if (best.get().major() < serverMajor) {
            throw new BackupToolException("backup.tool_too_old", name, best.get().major(), serverMajor);
        }
        return best.get();
    }

    private static List<Path> candidates(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        String explicit = env.get(BIN_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return List.of(Path.of(explicit));
        }
        for (String d : env.getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isBlank()) {
                dirs.add(Path.of(d));
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> majors = Files.list(debian)) {
                majors.map(m -> m.resolve("bin")).sorted(Comparator.reverseOrder()).forEach(dirs::add);
            } catch (IOException e) {
                // unreadable: the PATH may still have the tool
            }
        }
        return dirs;
    }

    /** Asks the program itself ("pg_dump (PostgreSQL) 15.14"): a Debian wrapper on the PATH may hide the real one. */
    static Optional<Integer> major(Path program) {
        try {
            Process p = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            Matcher m = VERSION.matcher(out);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
